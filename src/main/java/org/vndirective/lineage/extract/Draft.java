package org.vndirective.lineage.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.vndirective.lineage.report.Problem;
import org.vndirective.lineage.text.AlignedText;

/** One text's mentions while the finders work on it, and the problems they meet. Not thread-safe: one per text. */
final class Draft {
    final AlignedText text;
    /** The folded view every pattern runs on. */
    final String folded;
    /** The normalised text, for what is printed. */
    final String normalised;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Mention> view = Collections.unmodifiableList(mentions);
    private final List<Problem> problems = new ArrayList<>();
    private int groups;

    Draft(AlignedText text) {
        this.text = text;
        this.folded = text.folded();
        this.normalised = text.text();
    }

    /** The mentions so far, a live read-only view (a {@link Spans} over it sees later additions). */
    List<Mention> mentions() { return view; }

    void add(Mention m) { mentions.add(m); }

    void addAll(List<? extends Mention> ms) { mentions.addAll(ms); }

    void set(int index, Mention m) { mentions.set(index, m); }

    void sort() { mentions.sort(java.util.Comparator.comparingInt(Mention::start)); }

    int newGroup() { return groups++; }

    List<Problem> problems() { return problems; }

    /** A warning at a normalised offset, reported at the original line and column. */
    void warn(int normalisedOffset, String message) {
        int[] lc = text.lineColumn(text.originalStart(normalisedOffset));
        problems.add(new Problem(text.source().name(), lc[0], lc[1], Problem.Severity.WARNING, message));
    }

    String printed(int start, int end) { return normalised.substring(start, end); }
}
