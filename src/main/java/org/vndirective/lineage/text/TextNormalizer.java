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
            .add(Steps.CYRILLIC_LOOKALIKES)
            .add(Steps.MARKDOWN)
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
        public static final NormalizationStep CONTROL_CHARACTERS = CharStep.of("control-characters", c -> c < ' ' && c != '\n' || c == '\u00A0' || c >= '\u2007', (t, i) -> {
            char c = t[i];
            return switch (c) {
                case '\r' -> i + 1 < t.length && t[i + 1] == '\n' ? "" : "\n";
                case '\uFEFF', '\u200B', '\u200C', '\u200D' -> "";
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
                case '\t', '\u00A0', '\u2007', '\u202F', '\u000B', '\u000C' -> " ";
                default -> null;
            };
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
        public static final NormalizationStep U01A3 = CharStep.of("u01a3", c -> c == '\u01A3' || c == '\u01A2',
                (t, i) -> t[i] == '\u01A3' ? "ư" : "Ư");

        private static final String CYRILLIC = "АВЕКМНОРСТХаеорсхуіІ";
        private static final String LATIN = "ABEKMHOPCTXaeopcxyiI";

        /**
         * Cyrillic letters that look Latin ("17/КН-UBND" typed with a Cyrillic К and Н): a run made only of such
         * letters, touching a Latin letter, digit, '-' or '/', is Latin. A Cyrillic word keeps its letters.
         */
        public static final NormalizationStep CYRILLIC_LOOKALIKES = new NormalizationStep() {
            @Override public String name() { return "cyrillic-lookalikes"; }

            @Override public AlignedText apply(AlignedText in) {
                char[] t = in.chars();
                AlignedText.Editor ed = null;
                for (int i = 0; i < t.length; i++) {
                    if (!isCyrillic(t, i)) continue;
                    int e = i;
                    boolean all = true;
                    while (isCyrillic(t, e)) all &= CYRILLIC.indexOf(t[e++]) >= 0;
                    if (all && (latinSide(t, i - 1) || latinSide(t, e))) {
                        StringBuilder b = new StringBuilder();
                        for (int k = i; k < e; k++) b.append(LATIN.charAt(CYRILLIC.indexOf(t[k])));
                        if (ed == null) ed = in.edit();
                        ed.copyTo(i).replaceTo(e, b);
                    }
                    i = e - 1;
                }
                return ed == null ? in : ed.build();
            }

            private boolean latinSide(char[] t, int i) {
                if (i < 0 || i >= t.length) return false;
                char c = t[i];
                return c < 128 && Character.isLetterOrDigit(c) || c == '-' || c == '/';
            }
        };

        private static boolean isCyrillic(char[] t, int i) {
            return i >= 0 && i < t.length && t[i] >= '\u0400' && t[i] <= '\u04FF';
        }

        /**
         * Pages crawled into markdown: table cells ({@code |}) become line breaks, emphasis marks ({@code **}, {@code *})
         * and heading marks ({@code #}) go. A line-start {@code "* "} bullet stays: it starts a list item.
         */
        public static final NormalizationStep MARKDOWN = new NormalizationStep() {
            @Override public String name() { return "markdown"; }

            @Override public AlignedText apply(AlignedText in) {
                char[] t = in.chars();
                AlignedText.Editor ed = null;
                for (int i = 0; i < t.length; i++) {
                    char c = t[i];
                    if (c != '*' && c != '|' && c != '#') continue;
                    boolean lineStart = i == 0 || t[i - 1] == '\n';
                    int e = i;
                    while (e < t.length && t[e] == c) e++;
                    String with;
                    if (c == '|') with = "\n";
                    else if (c == '#') {
                        if (!lineStart || e < t.length && t[e] != ' ' && t[e] != '\n') { i = e - 1; continue; }
                        if (e < t.length && t[e] == ' ') e++;
                        with = "";
                    } else {
                        if (lineStart && e - i == 1 && e < t.length && t[e] == ' ') continue;
                        with = "";
                    }
                    if (ed == null) ed = in.edit();
                    ed.copyTo(i);
                    if (with.isEmpty()) ed.deleteTo(e); else ed.replaceTo(e, with);
                    i = e - 1;
                }
                return ed == null ? in : ed.build();
            }
        };

        /**
         * One tone placement: the mark of an open oa/oe/uy syllable goes on the first vowel (uỷ → ủy, khoá → khóa,
         * hoà → hòa), as most Party texts print it. Not after q, where u is part of the consonant (quý).
         */
        public static final NormalizationStep TONE_PLACEMENT = new NormalizationStep() {
            private static final String TONED_AE = "\u00E0\u00E1\u1EA3\u00E3\u1EA1\u00C0\u00C1\u1EA2\u00C3\u1EA0"
                    + "\u00E8\u00E9\u1EBB\u1EBD\u1EB9\u00C8\u00C9\u1EBA\u1EBC\u1EB8";
            private static final String TONED_Y = "\u1EF3\u00FD\u1EF7\u1EF9\u1EF5\u1EF2\u00DD\u1EF6\u1EF8\u1EF4";

            @Override public String name() { return "tone-placement"; }

            @Override public AlignedText apply(AlignedText in) {
                char[] t = in.chars();
                AlignedText.Editor ed = null;
                for (int i = 1; i < t.length; i++) {
                    char c = t[i], v = t[i - 1];
                    boolean pair = (v == 'o' || v == 'O') && TONED_AE.indexOf(c) >= 0 || (v == 'u' || v == 'U') && TONED_Y.indexOf(c) >= 0;
                    if (!pair || i + 1 < t.length && Character.isLetter(t[i + 1])) continue;
                    if (i >= 2 && (t[i - 2] == 'q' || t[i - 2] == 'Q')) continue;
                    if (ed == null) ed = in.edit();
                    ed.copyTo(i - 1).replaceTo(i + 1, moveTone(new String(t, i - 1, 2)));
                }
                return ed == null ? in : ed.build();
            }
        };

        /** Digital-signature stamps appended by the signing software: timestamp line … "đã ký lên văn bản này!". */
        public static final NormalizationStep SIGNATURE_TRAILER = NormalizationStep.when(
                t -> t.contains("đã ký lên văn bản này") || t.contains("da ky len van ban nay"),
                NormalizationStep.delete("signature-trailer", Pattern.compile("(?m)^[ \\t]*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?(?:[+-]\\d{2}:?\\d{2}|Z)?[ \\t]*\\n"
                        + "(?:[^\\n]*\\n){0,4}?[^\\n]*(?:đã ký lên văn bản này|da ky len van ban nay)[^\\n]*\\n?")));

        /**
         * Footnote markers and page numbers stand alone on a line: "nước\n1\n; đặc biệt", "\n 3 \n", "- 2 -". A line
         * scan, not a multi-line regex, which would try at every position of every file.
         */
        public static final NormalizationStep LONE_NUMBER_LINES = new NormalizationStep() {
            @Override public String name() { return "lone-number-lines"; }

            @Override public AlignedText apply(AlignedText in) {
                char[] t = in.chars();
                AlignedText.Editor ed = null;
                for (int ls = 0; ls < t.length; ) {
                    int end = loneNumberLineEnd(t, ls);
                    if (end < 0) {
                        int nl = in.text().indexOf('\n', ls);
                        ls = nl < 0 ? t.length : nl + 1;
                        continue;
                    }
                    if (ed == null) ed = in.edit();
                    ed.copyTo(ls).deleteTo(end);
                    ls = end;
                }
                return ed == null ? in : ed.build();
            }

            /** The end (after its '\n') of the line at {@code i} if it is spaces, an optional '-', 1–3 digits, an optional '-'. */
            private int loneNumberLineEnd(char[] t, int i) {
                i = dash(t, blanks(t, i));
                int digits = i;
                while (i < t.length && i - digits < 3 && t[i] >= '0' && t[i] <= '9') i++;
                if (i == digits) return -1;
                i = dash(t, blanks(t, i));
                return i < t.length && t[i] == '\n' ? i + 1 : -1;
            }

            private int blanks(char[] t, int i) {
                while (i < t.length && (t[i] == ' ' || t[i] == '\t')) i++;
                return i;
            }

            private int dash(char[] t, int i) { return i < t.length && t[i] == '-' ? blanks(t, i + 1) : i; }
        };

        public static final NormalizationStep SUPERSCRIPT_DIGITS = CharStep.of("superscript-digits",
                c -> c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || c >= '\u2070' && c <= '\u2079', (t, i) -> "");

        /** A footnote number printed on the word it annotates: "thiết thực1, hiệu quả". No Vietnamese word ends in a digit. */
        public static final NormalizationStep GLUED_FOOTNOTE_DIGITS = new NormalizationStep() {
            @Override public String name() { return "glued-footnote-digits"; }

            @Override public AlignedText apply(AlignedText in) {
                char[] t = in.chars();
                AlignedText.Editor ed = null;
                for (int i = 2; i < t.length; i++) {
                    if (!Character.isDigit(t[i]) || !Character.isLowerCase(t[i - 1]) || !Character.isLowerCase(t[i - 2])) continue;
                    int e = i + 1;
                    if (e < t.length && Character.isDigit(t[e])) e++;
                    if (e < t.length && ",.;:) \n".indexOf(t[e]) < 0) continue;
                    if (ed == null) ed = in.edit();
                    ed.copyTo(i).deleteTo(e);
                    i = e - 1;
                }
                return ed == null ? in : ed.build();
            }
        };

        /**
         * PDF text is hard-wrapped with blank lines between lines: any whitespace run with a line break becomes one
         * '\n', any other run one space, and lines lose their edge spaces.
         */
        public static final NormalizationStep WHITESPACE = new NormalizationStep() {
            @Override public String name() { return "whitespace"; }

            @Override public AlignedText apply(AlignedText in) {
                char[] t = in.chars();
                AlignedText.Editor ed = null;
                int i = 0, n = t.length;
                while (i < n) {
                    char c = t[i];
                    if (c != ' ' && c != '\n') { i++; continue; }
                    int e = i;
                    boolean newline = false;
                    while (e < n && Character.isWhitespace(t[e])) { newline |= t[e] == '\n'; e++; }
                    // A run of spaces only: keep a single space as is; a run with a newline: exactly "\n".
                    boolean same = newline ? e - i == 1 && c == '\n' : e - i == 1;
                    if (!same && !(newline && isSingleNewline(t, i, e))) {
                        if (ed == null) ed = in.edit();
                        ed.copyTo(i).replaceTo(e, newline ? "\n" : " ");
                    }
                    i = e;
                }
                return ed == null ? in : ed.build();
            }

            private boolean isSingleNewline(char[] t, int s, int e) { return e - s == 1 && t[s] == '\n'; }
        };

        /**
         * Notations broken across lines or spaced out: "10-\nCT/TW", "216 - QĐ/ĐUK", "132- KL/TW", "833/NQ-\nUBTVQH14",
         * "15/2020/\nNĐ-CP". Only the whitespace goes. Runs after {@link #WHITESPACE}, so a break is one space or '\n'.
         */
        public static final NormalizationStep NOTATION_JOINS = new NormalizationStep() {
            @Override public String name() { return "notation-joins"; }

            @Override public AlignedText apply(AlignedText in) {
                char[] t = in.chars();
                AlignedText.Editor ed = null;
                for (int i = 0; i < t.length; i++) {
                    char c = t[i];
                    if (c != '-' && c != '/') continue;
                    int l = i - 1, r = i + 1;
                    int ls = l >= 0 && (t[l] == ' ' || t[l] == '\n') ? l : -1;
                    int rs = r < t.length && (t[r] == ' ' || t[r] == '\n') ? r : -1;
                    if (ls < 0 && rs < 0) continue;
                    int before = ls >= 0 ? ls - 1 : l, after = rs >= 0 ? rs + 1 : r;
                    if (before < 0 || after >= t.length || !joinable(t, before, c, after)) continue;
                    if (ed == null) ed = in.edit();
                    if (ls >= 0) ed.copyTo(ls).deleteTo(ls + 1);
                    if (rs >= 0) ed.copyTo(rs).deleteTo(rs + 1);
                }
                return ed == null ? in : ed.build();
            }

            /** Left of '-': digits; right: a code and then '/'. Around '/': a code or digits left, a code right. */
            private boolean joinable(char[] t, int before, char sep, int after) {
                char b = t[before], a = t[after];
                if (!Character.isUpperCase(a)) return false;
                int codeEnd = after;
                while (codeEnd < t.length && codeEnd - after < 12 && (Character.isLetterOrDigit(t[codeEnd]))) codeEnd++;
                if (sep == '-') {
                    if (Character.isDigit(b)) {
                        // "10-CT/TW": the code is followed by '/'; "833/NQ-UBTVQH14": a number/type before.
                        return codeEnd < t.length && (t[codeEnd] == '/' || t[codeEnd] == ' ' && codeEnd + 1 < t.length && t[codeEnd + 1] == '/');
                    }
                    return Character.isUpperCase(b) && stateTypeBefore(t, before);
                }
                // '/': "KL/ TU" after a Party type code, or "2020/ NĐ-CP".
                if (Character.isDigit(b)) return isYearBefore(t, before);
                return Character.isUpperCase(b) || Character.isLowerCase(b) && before > 0 && Character.isUpperCase(t[before - 1]);
            }

            private boolean stateTypeBefore(char[] t, int end) {
                int s = end;
                while (s > 0 && Character.isLetter(t[s - 1])) s--;
                return s > 0 && t[s - 1] == '/' && s >= 2 && Character.isDigit(t[s - 2]);
            }

            private boolean isYearBefore(char[] t, int end) {
                int s = end;
                while (s > 0 && Character.isDigit(t[s - 1])) s--;
                return end - s + 1 == 4 && s > 0 && t[s - 1] == '/';
            }
        };

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
