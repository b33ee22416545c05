package org.vndirective.lineage.extract;

/**
 * One place a text mentions a document. Each kind says what the text printed, nothing more: a short form or an
 * alias is bound to the document it stands for in {@code resolve}, not here.
 */
public sealed interface Mention permits NotationMention, ConferenceMention, NamedMention, ShortMention, AliasMention {
    /** Where it is printed, in normalised offsets. */
    Span span();

    /** Mentions printed as one list ("18, 19-NQ/TW") share a group number. */
    int group();

    /** Ontology class local name of the document mentioned. */
    String typeClass();

    /** Whether it stands for a numbered document (a notation, or a short form or alias of one). */
    boolean numbered();

    /** The file's own notation in its header, not a citation (only a {@link NotationMention} can be). */
    default boolean selfHeader() { return false; }

    default int start() { return span().start(); }

    default int end() { return span().end(); }

    default int leadStart() { return span().leadStart(); }

    default int tailEnd() { return span().tailEnd(); }
}
