package org.vndirective.lineage.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one source (a file, or the reference data when {@code reference}) says about one document, before the
 * sources are merged. {@link #line()} and {@link #parse} carry it through the spill files of a streaming ingest.
 *
 * @param bodyFromCode the body is only what the issuer code implies (TW: the Central Committee), not printed
 */
public record Observation(DocKey series, Integer year, String typeClass, boolean typeFromWord, LocalDate date,
                          List<String> terms, String bodyId, boolean bodyFromCode, String printed, String notation,
                          String title, String label, String file, boolean reference) {

    public Observation withFile(String f) {
        return new Observation(series, year, typeClass, typeFromWord, date, terms, bodyId, bodyFromCode, printed, notation,
                title, label, f, reference);
    }

    /** An observation filed under the document it is about; {@code candidates} when that key is ambiguous. */
    public record Keyed(DocKey key, Observation observation, List<DocKey> candidates) {
        /** One line, tab-separated, no raw tabs or newlines inside fields. */
        public String line() {
            StringBuilder b = new StringBuilder(256);
            key(b, key);
            Observation o = observation;
            key(b, o.series);
            field(b, o.year == null ? null : o.year.toString());
            field(b, o.typeClass);
            field(b, o.typeFromWord ? "1" : "0");
            field(b, o.date == null ? null : o.date.toString());
            field(b, String.join("\u001f", o.terms));
            field(b, o.bodyId);
            field(b, o.bodyFromCode ? "1" : "0");
            field(b, o.printed);
            field(b, o.notation);
            field(b, o.title);
            field(b, o.label);
            field(b, o.file);
            field(b, o.reference ? "1" : "0");
            if (candidates != null) for (DocKey c : candidates) key(b, c);
            b.setLength(b.length() - 1);
            return b.toString();
        }

        public static Keyed parse(String line) {
            String[] f = line.split("\t", -1);
            int i = 0;
            DocKey key = key(f, i);
            i += 6;
            DocKey series = key(f, i);
            i += 6;
            Integer year = f[i].equals(NULL) ? null : Integer.valueOf(f[i]);
            String termsField = unescape(f[i + 4]);
            Observation o = new Observation(series, year, unescape(f[i + 1]), f[i + 2].equals("1"),
                    f[i + 3].equals(NULL) ? null : LocalDate.parse(f[i + 3]),
                    termsField.isEmpty() ? List.of() : List.of(termsField.split("\u001f")), unescape(f[i + 5]),
                    f[i + 6].equals("1"), unescape(f[i + 7]), unescape(f[i + 8]), unescape(f[i + 9]), unescape(f[i + 10]),
                    unescape(f[i + 11]), f[i + 12].equals("1"));
            i += 13;
            List<DocKey> cands = null;
            if (i < f.length) {
                cands = new ArrayList<>();
                for (; i + 6 <= f.length; i += 6) cands.add(key(f, i));
            }
            return new Keyed(key, o, cands);
        }

        private static void key(StringBuilder b, DocKey k) {
            field(b, k.scope());
            field(b, k.issuer());
            field(b, k.typeCode());
            field(b, k.number());
            field(b, k.when());
            field(b, k.slug());
        }

        private static DocKey key(String[] f, int i) {
            return new DocKey(unescape(f[i]), unescape(f[i + 1]), unescape(f[i + 2]), unescape(f[i + 3]),
                    unescape(f[i + 4]), unescape(f[i + 5]));
        }
    }

    private static final String NULL = "\\N";

    private static void field(StringBuilder b, String s) {
        if (s == null) {
            b.append(NULL);
        } else {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> b.append("\\\\");
                    case '\t' -> b.append("\\t");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    default -> b.append(c);
                }
            }
        }
        b.append('\t');
    }

    private static String unescape(String s) {
        if (s.equals(NULL)) return null;
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) { case 't' -> '\t'; case 'n' -> '\n'; case 'r' -> '\r'; default -> n; });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
