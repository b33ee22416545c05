package org.vndirective.lineage.extract;

/**
 * A typed link a text states, before resolution: from {@code subject} (null = the file's own document) to
 * {@code object}, with the cue words and the sentence (normalised offsets) that say so.
 *
 * @param clipped whether the evidence is cut out of a longer sentence (shown with "…" where it was cut)
 */
public record Link(Mention subject, Relation relation, Mention object, String cue, int sentenceStart, int sentenceEnd,
                   boolean clipped) {
    public Link(Mention subject, Relation relation, Mention object, String cue, int sentenceStart, int sentenceEnd) {
        this(subject, relation, object, cue, sentenceStart, sentenceEnd, false);
    }
}
