package org.vndirective.lineage.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What is printed right after a mention: its date, issuing body and term; {@code end} is where that stops. */
record Tail(int end, LocalDate date, String body, List<String> terms) {
    /** One or more khóa numerals: "XII", "XI, XII", OCR's "X11". */
    static final String TERMS = "([ivxl1]+(?:\\s*,\\s*[ivxl1]+)*)";
    private static final Pattern YEAR = Pattern.compile("\\G\\s+nam\\s+(?:19|20)\\d\\d(?!\\d)");
    private static final Pattern DATE = Pattern.compile(
            "\\G\\s*,?\\s*(?:(?:ban\\s+hanh\\s+)?ng[a-z]?y\\s*:?\\s*)?" + Dates.FORMS);
    private static final Pattern TERM = Pattern.compile("\\G\\s*,?\\s*(?:\\(\\s*kh[oe]a\\s+" + TERMS + "\\s*\\)|kh[oe]a\\s+" + TERMS + "(?![a-z0-9]))");
    private static final Pattern OF = Pattern.compile("\\G\\s*,?\\s*(?:c(?:u|ii|ti|t|l|tu|li|i)a\\s+)");
    private static final Pattern BODY_START = Pattern.compile(
            "\\G\\s*,?\\s*(?=(?:hoi\\s+ngh[ij]|ban\\s+chap|ban\\s+bi|bo\\s+chinh|ban\\s+thuong|ban\\s+to\\s+chuc|tinh\\s+uy|huyen\\s+uy|thanh\\s+uy|dang\\s+uy)\\s)");
    private static final Pattern HAS_ALNUM = Pattern.compile("[a-z0-9]");
    private static final Pattern CUE_START = Cues.standard().anyCue();
    private static final Pattern ANY_TYPE_NAME = DocTypes.standard().anyName();
    private static final java.util.Set<String> BODY_STOP = java.util.Set.of(
            "ve", "thuc", "tiep", "gan", "gin", "trien", "de", "nham", "tren", "va", "cung", "da", "trong", "tai",
            "theo", "so", "nhu", "duoc", "ngay", "ngay:", "khoa", "nam", "giai", "voi", "cac", "ban hanh", "hanh:",
            "quy", "chi", "ket", "ke", "huong", "sau", "den", "dat", "la", "o", "mot", "noi", "chua", "&");
    private static final java.util.Map<String, String> BODY_STOP_PRINTED = Map.ofEntries(
            Map.entry("tai", "tại"), Map.entry("chi", "chỉ"), Map.entry("ke", "kế"), Map.entry("ket", "kết"), Map.entry("quy", "quy"), Map.entry("ban hanh", "ban hành"), Map.entry("giai", "giai"), Map.entry("de", "để"), Map.entry("so", "số"), Map.entry("o", "ở"), Map.entry("dat", "đạt"), Map.entry("noi", "nội"));
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI");

    /** "XI, XII" → [XI, XII]; OCR digits read as I ("X111" → XIII); a numeral no term has is mended or dropped. */
    static List<String> splitTerms(String folded) {
        List<String> out = new ArrayList<>();
        for (String t : folded.split("\\s*,\\s*")) {
            String r = t.strip().replace('1', 'i').toUpperCase(Locale.ROOT);
            if (ROMAN.contains(r)) { out.add(r); continue; }
            for (int k = 0; k < r.length(); k++) {
                String shorter = r.substring(0, k) + r.substring(k + 1);
                if (ROMAN.contains(shorter)) { out.add(shorter); break; }
            }
        }
        return out;
    }


    static Tail parse(Draft draft, int pos, Dates dates) {
        String f = draft.folded, n = draft.normalised;
        Matcher y = YEAR.matcher(f).region(pos, f.length());
        if (y.lookingAt()) pos = y.end();
        LocalDate date = null;
        String body = null;
        List<String> terms = new ArrayList<>();
        boolean progress = true;
        for (int round = 0; round < 5 && progress; round++) {
            progress = false;
            Matcher d = DATE.matcher(f).region(pos, f.length());
            if (date == null && d.lookingAt()) {
                date = dates.of(draft, pos, d);
                pos = d.end();
                progress = true;
                continue;
            }
            Matcher t = TERM.matcher(f).region(pos, f.length());
            if (t.lookingAt()) {
                terms.addAll(splitTerms(t.group(1) != null ? t.group(1) : t.group(2)));
                pos = t.end();
                progress = true;
                continue;
            }
            if (body == null) {
                Matcher o = OF.matcher(f).region(pos, f.length());
                boolean of = o.lookingAt();
                Matcher bs = BODY_START.matcher(f).region(pos, f.length());
                if (of || bs.lookingAt()) {
                    int s = of ? o.end() : bs.end();
                    int e = bodyEnd(f, n, s);
                    if (e > s) {
                        body = n.substring(s, e).replace('\n', ' ').strip();
                        pos = e;
                        progress = true;
                    }
                }
            }
        }
        return new Tail(pos, date, body, terms);
    }

    /**
     * A word that ends a body's name. Folded words collide ("Tài chính" folds to "tai chinh", like "tại"; "Chí Minh"
     * to "chi"): where the text has its diacritics, the word must be the stop word as printed.
     */
    private static boolean stops(String folded, String printed) {
        if (!BODY_STOP.contains(folded)) return false;
        // "Sở Khoa học" prints no mark on "Khoa"; the term word does ("khóa") unless the text lost its marks.
        if (folded.equals("khoa") && printed.equals("Khoa")) return false;
        String as = BODY_STOP_PRINTED.get(folded);
        String p = printed.toLowerCase(Locale.ROOT);
        return as == null || p.equals(folded) || p.equals(as);
    }

    private static boolean joinsName(String f, String n, int afterVa) {
        int k = afterVa;
        while (k < f.length() && f.charAt(k) == ' ') k++;
        int e = k;
        while (e < f.length() && Character.isLetter(f.charAt(e))) e++;
        return e > k && Character.isUpperCase(n.charAt(k)) && !stops(f.substring(k, e), n.substring(k, e))
                && !CUE_START.matcher(f).region(k, f.length()).lookingAt()
                && !ANY_TYPE_NAME.matcher(f).region(k, f.length()).lookingAt();
    }

    private static int bodyEnd(String f, String n, int s) {
        int i = s, words = 0, lastWordEnd = s;
        while (i < f.length() && words < 12) {
            while (i < f.length() && (f.charAt(i) == ' ' || f.charAt(i) == '\n')) i++;
            int ws = i;
            while (i < f.length() && !Character.isWhitespace(f.charAt(i)) && ",;:()“”\".".indexOf(f.charAt(i)) < 0) i++;
            if (i == ws) break;
            String w = f.substring(ws, i);
            // "Sở Giáo dục và Đào tạo", "Bộ Khoa học và Công nghệ": "và" inside a name, before a capital.
            if (w.equals("va") && words > 0 && joinsName(f, n, i)) { words++; continue; }
            if (stops(w, n.substring(ws, i)) || w.equals("ban") && f.startsWith(" hanh", i) || !HAS_ALNUM.matcher(w).find() || CUE_START.matcher(f).region(ws, f.length()).lookingAt()) { i = ws; break; }
            words++;
            lastWordEnd = i;
            if (i < f.length() && ",;:()“”\".".indexOf(f.charAt(i)) >= 0) break;
        }
        return lastWordEnd;
    }
}
