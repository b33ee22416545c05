package org.vndirective.lineage.extract;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Whether a span overlaps the span of any mention in a list that only grows: the spans sorted by start with the running
 * maximum of their ends answer in O(log n), so finding n mentions in a file stays near O(n log n) rather than n².
 * Mentions appended since the last question are taken in first; they mostly come in text order, so an insertion
 * is at the end.
 */
final class Spans {
    private final List<Mention> list;
    private final ToIntFunction<Mention> from;
    private final ToIntFunction<Mention> to;
    private int seen;
    private int n;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] maxEnds = new int[16];

    private Spans(List<Mention> list, ToIntFunction<Mention> from, ToIntFunction<Mention> to) {
        this.list = list;
        this.from = from;
        this.to = to;
    }

    /** The mentions' own characters, [start, end). */
    static Spans of(List<Mention> list) { return new Spans(list, Mention::start, Mention::end); }

    /** From the type word before the number to the end of the number, [leadStart, end). */
    static Spans withLead(List<Mention> list) { return new Spans(list, Mention::leadStart, Mention::end); }

    /** From the type word to the end of the date, body and term printed after it. */
    static Spans withLeadAndTail(List<Mention> list) {
        return new Spans(list, Mention::leadStart, m -> Math.max(m.end(), m.tailEnd()));
    }

    boolean overlaps(int s, int e) {
        while (seen < list.size()) {
            Mention m = list.get(seen++);
            insert(from.applyAsInt(m), to.applyAsInt(m));
        }
        int k = countStartingBefore(e);
        return k > 0 && maxEnds[k - 1] > s;
    }

    private int countStartingBefore(int x) {
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private void insert(int s, int e) {
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
            maxEnds = Arrays.copyOf(maxEnds, n * 2);
        }
        int at = countStartingBefore(s + 1);
        System.arraycopy(starts, at, starts, at + 1, n - at);
        System.arraycopy(ends, at, ends, at + 1, n - at);
        starts[at] = s;
        ends[at] = e;
        n++;
        for (int i = at; i < n; i++) maxEnds[i] = Math.max(i > 0 ? maxEnds[i - 1] : Integer.MIN_VALUE, ends[i]);
    }
}
