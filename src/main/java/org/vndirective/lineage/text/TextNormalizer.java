package org.vndirective.lineage.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises a source once, keeping the offset map: the steps below, in order. Build with {@link #builder()} or
 * take {@link #standard()}.
 */
public final class TextNormalizer {
    private final List<NormalizationStep> steps;

    private TextNormalizer(List<NormalizationStep> steps) { this.steps = List.copyOf(steps); }

    public AlignedText normalize(SourceText source) {
        AlignedText t = AlignedText.identity(source);
        for (NormalizationStep s : steps) t = s.apply(t);
        return t;
    }

    public List<NormalizationStep> steps() { return steps; }

    public static Builder builder() { return new Builder(); }

    private static final TextNormalizer STANDARD = builder()
            .add(Steps.CONTROL_CHARACTERS)
            .add(Steps.NFC)
            .add(Steps.U01A3)
            .add(Steps.TONE_PLACEMENT)
            .add(Steps.SIGNATURE_TRAILER)
            .add(Steps.LONE_NUMBER_LINES)
            .add(Steps.SUPERSCRIPT_DIGITS)
            .add(Steps.GLUED_FOOTNOTE_DIGITS)
            .add(Steps.WHITESPACE)
            .add(Steps.NOTATION_JOINS)
            .build();

    /** All the steps, in the order that makes each one's patterns simple. */
    public static TextNormalizer standard() { return STANDARD; }

    public static final class Builder {
        private final List<NormalizationStep> steps = new ArrayList<>();

        public Builder add(NormalizationStep step) { steps.add(step); return this; }

        public TextNormalizer build() { return new TextNormalizer(steps); }
    }

    /** The standard steps, each usable alone (tests do). */
    public static final class Steps {
        private Steps() {}

        /** CR/CRLF to LF, tabs and odd spaces to space, dashes to '-', BOM and zero-width chars out. */
        public static final NormalizationStep CONTROL_CHARACTERS = NormalizationStep.regex("control-characters",
                Pattern.compile("\r\n?|[\t\u00A0\u2007\u202F\u000B\u000C]|[\u2010-\u2015\u2212]|[\uFEFF\u200B-\u200D]"),
                m -> switch (m.group().charAt(0)) {
                    case '\r' -> "\n";
                    case '\uFEFF', '\u200B', '\u200C', '\u200D' -> "";
                    case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
                    default -> " ";
                });

        /** NFC, one base character and its combining marks at a time, so each cluster keeps its span. */
        public static final NormalizationStep NFC = new NormalizationStep() {
            private final Pattern cluster = Pattern.compile("\\P{M}\\p{M}+");

            @Override public String name() { return "nfc"; }

            @Override public AlignedText apply(AlignedText in) {
                if (Normalizer.isNormalized(in.text(), Normalizer.Form.NFC)) return in;
                return NormalizationStep.regex("nfc", cluster,
                        m -> Normalizer.normalize(m.group(), Normalizer.Form.NFC)).apply(in);
            }
        };

        /** Some PDF font mappings print U+01A3/U+01A2 (ƣ/Ƣ) for ư/Ư. */
        public static final NormalizationStep U01A3 = NormalizationStep.regex("u01a3", Pattern.compile("[\u01A2\u01A3]"),
                m -> m.group().equals("\u01A2") ? "Ư" : "ư");

        /**
         * One tone placement: the mark of an open oa/oe/uy syllable goes on the first vowel (uỷ → ủy, khoá → khóa,
         * hoà → hòa), as most Party texts print it. Not after q, where u is part of the consonant (quý).
         */
        public static final NormalizationStep TONE_PLACEMENT = NormalizationStep.regex("tone-placement",
                Pattern.compile("(?<![qQ])([oO][\u00E0\u00E1\u1EA3\u00E3\u1EA1\u00C0\u00C1\u1EA2\u00C3\u1EA0"
                        + "\u00E8\u00E9\u1EBB\u1EBD\u1EB9\u00C8\u00C9\u1EBA\u1EBC\u1EB8]"
                        + "|[uU][\u1EF3\u00FD\u1EF7\u1EF9\u1EF5\u1EF2\u00DD\u1EF6\u1EF8\u1EF4])(?!\\p{L})"),
                m -> moveTone(m.group()));

        /** Digital-signature stamps appended by the signing software: timestamp line … "đã ký lên văn bản này!". */
        public static final NormalizationStep SIGNATURE_TRAILER = NormalizationStep.delete("signature-trailer",
                Pattern.compile("(?m)^[ \\t]*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?(?:[+-]\\d{2}:?\\d{2}|Z)?[ \\t]*\\n"
                        + "(?:[^\\n]*\\n){0,4}?[^\\n]*(?:đã ký lên văn bản này|da ky len van ban nay)[^\\n]*\\n?"));

        /** Footnote markers and page numbers stand alone on a line: "nước\n1\n; đặc biệt", "\n 3 \n". */
        public static final NormalizationStep LONE_NUMBER_LINES = NormalizationStep.delete("lone-number-lines",
                Pattern.compile("(?m)^[ \\t]*(?:-[ \\t]*)?\\d{1,3}[ \\t]*(?:-[ \\t]*)?\\n"));

        public static final NormalizationStep SUPERSCRIPT_DIGITS = NormalizationStep.delete("superscript-digits",
                Pattern.compile("[\u00B9\u00B2\u00B3\u2070-\u2079]+"));

        /** A footnote number printed on the word it annotates: "thiết thực1, hiệu quả". No Vietnamese word ends in a digit. */
        public static final NormalizationStep GLUED_FOOTNOTE_DIGITS = NormalizationStep.delete("glued-footnote-digits",
                Pattern.compile("(?<=\\p{Ll}\\p{Ll})\\d{1,2}(?=[,.;:)]|\\s)"));

        /**
         * PDF text is hard-wrapped with blank lines between lines: any whitespace run with a line break becomes one
         * '\n', any other run one space, and lines lose their edge spaces.
         */
        public static final NormalizationStep WHITESPACE = NormalizationStep.regex("whitespace",
                Pattern.compile("[ ]*\\n\\s*|[ ]{2,}"),
                m -> m.group().indexOf('\n') >= 0 ? "\n" : " ");

        /**
         * Notations broken across lines or spaced out: "10-\nCT/TW", "216 - QĐ/ĐUK", "132- KL/TW", "833/NQ-\nUBTVQH14",
         * "15/2020/\nNĐ-CP". Only the whitespace goes.
         */
        public static final NormalizationStep NOTATION_JOINS = NormalizationStep.delete("notation-joins",
                Pattern.compile("(?<=\\d) ?(?= ?- ?\\p{Lu}{1,6}\\p{Ll}? ?/)"
                        + "|(?<=\\d ?-) ?\\n?(?=\\p{Lu}{1,6}\\p{Ll}? ?/ ?\\p{Lu})"
                        + "|(?<=\\d-\\p{Lu}{1,6}\\p{Ll}?) (?=/ ?\\p{Lu})"
                        + "|(?<=\\d-\\p{Lu}{1,6}\\p{Ll}?/) ?\\n?(?=\\p{Lu}{2})"
                        + "|(?<=\\d{1,5}/(?:\\d{4}/)?\\p{Lu}{1,6}-) ?\\n(?=\\p{Lu}{2})"
                        + "|(?<=\\d{1,5}/(?:\\d{4}/)?) ?\\n(?=\\p{Lu}{1,6}-?\\p{Lu})"));

        static String moveTone(String pair) {
            char first = pair.charAt(0);
            String d = Normalizer.normalize(pair.substring(1), Normalizer.Form.NFD);
            char plainSecond = d.charAt(0);
            String marks = d.substring(1);
            String newFirst = Normalizer.normalize(first + marks, Normalizer.Form.NFC);
            return newFirst + plainSecond;
        }
    }
}
