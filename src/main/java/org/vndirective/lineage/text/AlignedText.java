package org.vndirective.lineage.text;

import java.util.Arrays;

/**
 * Normalised text that remembers where each of its characters came from in the original, in the manner of
 * OpenNLP's AlignedText or eyecite's SpanUpdater. Character {@code i} of {@link #text()} stands for the original
 * characters {@code [start(i), end(i))}; a replacement maps every char it produced to the whole span it replaced.
 * {@link #folded()} is the same text lower-cased and without diacritics, char for char, so offsets are shared.
 */
public final class AlignedText {
    private final SourceText source;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private String folded;
    /** The text's chars, for the normalisation steps' scans (a String's charAt checks bounds at every call). */
    private char[] chars;
    /** Where the original's surrogate pairs end and its lines start, sorted; made at first use. */
    private volatile int[] pairEnds;
    private volatile int[] lineStarts;

    AlignedText(SourceText source, String text, int[] starts, int[] ends) {
        if (starts.length != text.length() || ends.length != text.length()) {
            throw new IllegalArgumentException("offset map does not fit the text");
        }
        this.source = source;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The identity alignment over a source's original text. */
    public static AlignedText identity(SourceText source) {
        String t = source.original();
        int[] s = new int[t.length()];
        int[] e = new int[t.length()];
        for (int i = 0; i < s.length; i++) { s[i] = i; e[i] = i + 1; }
        return new AlignedText(source, t, s, e);
    }

    public SourceText source() { return source; }
    public String text() { return text; }
    public int length() { return text.length(); }

    /** The text as an array; shared, so callers must not write to it. */
    char[] chars() {
        if (chars == null) chars = text.toCharArray();
        return chars;
    }

    /** Lower-case, diacritic-free, same length as {@link #text()}; computed once. */
    public String folded() {
        if (folded == null) folded = Folding.fold(text);
        return folded;
    }

    /** Original start of normalised position {@code i} (i may equal length: the end of the original). */
    public int originalStart(int i) {
        if (i >= text.length()) return source.original().length();
        return starts[i];
    }

    /** Original end (exclusive) of the normalised span ending at {@code end} (exclusive). */
    public int originalEnd(int end) {
        if (end <= 0) return 0;
        return ends[Math.min(end, text.length()) - 1];
    }

    /** The original characters behind normalised span [start, end). */
    public String originalSlice(int start, int end) {
        if (start >= end) return "";
        return source.original().substring(originalStart(start), originalEnd(end));
    }

    /**
     * Code-point offset in the original of a char offset in the original (what the graph publishes): the offset less
     * the surrogate pairs before it, found by binary search, so a file's spans cost O(log n) each, not O(n).
     */
    public int codePointOffset(int originalCharOffset) {
        int[] ends = pairEnds;
        if (ends == null) pairEnds = ends = pairEnds(source.original());
        return originalCharOffset - before(ends, originalCharOffset);
    }

    /** 1-based line and column of a char offset in the original (as {@link SourceText#lineColumn}), in O(log n). */
    public int[] lineColumn(int originalCharOffset) {
        int[] starts = lineStarts;
        if (starts == null) lineStarts = starts = lineStarts(source.original());
        int at = Math.max(0, Math.min(originalCharOffset, source.original().length()));
        int line = before(starts, at + 1);
        return new int[] {line, at - starts[line - 1] + 1};
    }

    /** How many of the sorted values are below {@code limit}. */
    private static int before(int[] sorted, int limit) {
        int i = Arrays.binarySearch(sorted, limit);
        return i >= 0 ? i : -i - 1;
    }

    /** Offsets of the low surrogate of each pair: the char a code-point count skips. */
    private static int[] pairEnds(String s) {
        int[] out = new int[16];
        int n = 0;
        for (int i = 1; i < s.length(); i++) {
            if (Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1))) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] lineStarts(String s) {
        int[] out = new int[64];
        int n = 0;
        out[n++] = 0;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            if (n == out.length) out = Arrays.copyOf(out, n * 2);
            out[n++] = i + 1;
        }
        return Arrays.copyOf(out, n);
    }

    /** Starts an edit of this text; positions given to the editor are in this text's coordinates. */
    public Editor edit() { return new Editor(this); }

    /**
     * Rewrites a text left to right: copy, replace or delete spans, then {@link #build()} an AlignedText whose
     * map still points at the original source.
     */
    public static final class Editor {
        private final AlignedText in;
        private final StringBuilder out;
        private int[] starts;
        private int[] ends;
        private int n;
        private int pos;

        private Editor(AlignedText in) {
            this.in = in;
            this.out = new StringBuilder(in.length());
            this.starts = new int[Math.max(16, in.length())];
            this.ends = new int[starts.length];
        }

        /** Copies input up to {@code upTo} unchanged. */
        public Editor copyTo(int upTo) {
            if (upTo <= pos) return this;
            int k = upTo - pos;
            ensure(n + k);
            out.append(in.text, pos, upTo);
            System.arraycopy(in.starts, pos, starts, n, k);
            System.arraycopy(in.ends, pos, ends, n, k);
            n += k;
            pos = upTo;
            return this;
        }

        /** Replaces input [pos, upTo) with {@code with}; every new char maps to the whole replaced span. */
        public Editor replaceTo(int upTo, CharSequence with) {
            if (upTo <= pos) {
                // Pure insertion: anchor at the next char (or the end).
                int s = pos < in.length() ? in.starts[pos] : in.source.original().length();
                for (int k = 0; k < with.length(); k++) append(with.charAt(k), s, s);
                return this;
            }
            int s = in.starts[pos];
            int e = in.ends[upTo - 1];
            for (int k = 0; k < with.length(); k++) append(with.charAt(k), s, e);
            pos = upTo;
            return this;
        }

        /** Drops input [pos, upTo). */
        public Editor deleteTo(int upTo) {
            pos = Math.max(pos, upTo);
            return this;
        }

        public int position() { return pos; }

        public AlignedText build() {
            copyTo(in.length());
            return new AlignedText(in.source, out.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }

        private void append(char c, int s, int e) {
            ensure(n + 1);
            out.append(c);
            starts[n] = s;
            ends[n] = e;
            n++;
        }

        private void ensure(int size) {
            if (size <= starts.length) return;
            int grown = Math.max(size, starts.length * 2);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
        }
    }
}
