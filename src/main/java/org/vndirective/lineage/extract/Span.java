package org.vndirective.lineage.extract;

/**
 * A mention's characters in the normalised text: {@code start..end} covers the notation or name, {@code leadStart}
 * is where the type word before it starts, {@code tailEnd} where the date, body and term printed after it end.
 */
public record Span(int start, int end, int leadStart, int tailEnd) {
    public Span {
        if (start > end || leadStart > start) throw new IllegalArgumentException("bad span " + leadStart + "/" + start + ".." + end);
    }

    /** Just the characters, nothing before or after. */
    public static Span of(int start, int end) { return new Span(start, end, start, end); }
}
