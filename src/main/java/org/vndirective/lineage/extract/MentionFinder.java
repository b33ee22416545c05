package org.vndirective.lineage.extract;

import org.vndirective.lineage.text.Spaces;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndirective.lineage.report.Problem;
import org.vndirective.lineage.text.AlignedText;

/**
 * Finds every mention of a document in a normalised text: Party and state notations (with the lists they are
 * printed in), named references to conference resolutions, unnumbered named documents, aliases and short forms.
 * Patterns run over the folded view, so OCR text without diacritics is read like clean text.
 */
public final class MentionFinder {
    private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?i)[ivxl]+");
    private static final Pattern HAS_ALNUM = Pattern.compile("[a-z0-9]");
    static final Pattern PARTY = Pattern.compile(
            "(\\d{1,5})-([a-z][a-z&]{0,5})/([a-z][a-z0-9]{0,11})(?![\\w/])");
    static final Pattern STATE_YEAR_TYPE = Pattern.compile(
            "(\\d{1,5})/((?:19|20)\\d\\d)/([a-z]{1,6})-([a-z]{1,10}\\d{0,2})(?:-([a-z]{1,6}\\d{0,2}))?(?![\\w/-])");
    static final Pattern STATE_YEAR_ISSUER = Pattern.compile(
            "(\\d{1,5})/((?:19|20)\\d\\d)/([a-z]{2,8}\\d{1,2})(?![\\w/-])");
    static final Pattern STATE_TYPE = Pattern.compile(
            "(\\d{1,5})/([a-z]{1,8})-([a-z]{1,10}\\d{0,2})(?:-([a-z]{1,6}\\d{0,2}))?(?![\\w/-])");
    private static final String TRUNG_UONG = "trung\\s+(?:uong|wong|vong|uwong|ong|uo?ng)";
    private static final String TERMS = "([ivxl1]+(?:\\s*,\\s*[ivxl1]+)*)";
    static final Pattern NAMED_CONFERENCE = Pattern.compile(
            "(ngh[ij]\\s*quy[eé]?t|k[eé]t\\s+lu[a-z]?n)\\s+(?:(?:cua\\s+)?hoi\\s+ngh[ij]\\s+)?(?:ban\\s+chap\\s+hanh\\s+)?"
                    + TRUNG_UONG + "(?:\\s+dang)?\\s+(?:lan\\s+thu\\s+)?(\\d{1,2})\\s*(?:\\(\\s*|,\\s*)?kh[oe]a\\s+" + TERMS + "\\s*\\)?");
    private static final String LAW_NAME_STOP = "(?:số|năm|ngày|của|đã|và|được|hiện|về|thì|là|tại|theo|quy|hướng|sửa|nhằm|để|mà|khi)(?!\\p{L})";
    /**
     * A law's name starts with a capital and ends before "số", a date, a verb or punctuation; a comma before a lower-case
     * word goes on with the name ("Luật Phòng, chống tham nhũng", "Luật Trật tự, an toàn giao thông đường bộ").
     */
    private static final Pattern NAMED_LAW = Pattern.compile(
            "(Bộ [Ll]uật|[Ll]uật|Pháp lệnh)\\s+(\\p{Lu}\\p{L}*(?:(?:\\s+|,\\s+(?=\\p{Ll}))(?!" + LAW_NAME_STOP + ")\\p{L}+){0,9}?)"
                    + "(?:\\s+năm\\s+\\d{4})?(?=\\s+" + LAW_NAME_STOP + "|\\s*,\\s*" + LAW_NAME_STOP
                    + "|\\s*,(?!\\s*\\p{Ll})|\\s*[;.:)(]|\\s*$)");

    /** Something after "số" that tries to be a notation but is not one: "59-KH/", "-KH/TU", "59-/TU". */
    private static final Pattern MALFORMED = Pattern.compile(
            "so\\s*[:.]?\\s*((?:\\d{1,5})?-[a-z&]{0,6}/[a-z0-9]{0,12}|\\d{1,5}/-?[a-z]{0,6}-(?![a-z0-9]))(?![\\w/])");
    private static final Pattern NAMED_LAW_END = Pattern.compile(
            "(?<![a-z])((?:bo\\s+)?lu[aậ]t|ph[aá]p\\s+l[eệ]nh)(?:\\s+[a-z]+){1,9}\\s*$");
    /** "luật" before the number may end a law's name ("Luật Ban hành văn bản quy phạm pháp luật số …"). */
    private static final Pattern LAW_WORD = Pattern.compile("(?:bo\\s+)?luat");
    private static final Pattern NUMBER_MARKER_END = Pattern.compile("(?<![a-z])(?:so|s[o06dbe8]?|sb)\\s*[:.]?\\s*$");
    private static final Pattern LIST_ITEM_END = Pattern.compile("(?<![\\w./-])(\\d{1,5})\\s*(?:,|;|va)\\s*$");
    private static final Pattern BLOCKER_END = Pattern.compile("(?<![a-z])(?:mau|bieu\\s+mau|phu\\s+luc)\\s*(?:so\\s*)?$");
    /** "30/03/2007" or "30 tháng 3 năm 2007": groups 1–3 or 4–6 are day, month, year (see {@link #date(AlignedText, int, Matcher, List)}). */
    private static final String DATE_FORMS =
            "(?:(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})|(\\d{1,2})\\s+th[a-z]ng\\s+(\\d{1,2})\\s+n[a-z]m\\s+(\\d{4}))(?!\\d)";
    private static final Pattern DATE = Pattern.compile(
            "\\G\\s*,?\\s*(?:(?:ban\\s+hanh\\s+)?ng[a-z]?y\\s*:?\\s*)?" + DATE_FORMS);
    private static final Pattern TERM = Pattern.compile("\\G\\s*,?\\s*(?:\\(\\s*kh[oe]a\\s+" + TERMS + "\\s*\\)|kh[oe]a\\s+" + TERMS + "(?![a-z0-9]))");
    private static final Pattern OF = Pattern.compile("\\G\\s*,?\\s*(?:c(?:u|ii|ti|t|l|tu|li|i)a\\s+)");
    private static final Pattern BODY_START = Pattern.compile(
            "\\G\\s*,?\\s*(?=(?:hoi\\s+ngh[ij]|ban\\s+chap|ban\\s+bi|bo\\s+chinh|ban\\s+thuong|ban\\s+to\\s+chuc|tinh\\s+uy|huyen\\s+uy|thanh\\s+uy|dang\\s+uy)\\s)");
    private static final Pattern ALIAS = Pattern.compile(
            "\\G\\s*,?\\s*\\(\\s*(?:sau\\s+day\\s+)?(?:duoc\\s+)?(?:goi\\s+)?(?:tat\\s+)?(?:la\\s*)?:?\\s*[\"“]?([^)\"”]{2,60}?)[\"”]?\\s*\\)");
    private static final Pattern ALIAS_INTRO = Pattern.compile("sau\\s+day|goi\\s+tat");
    private static final java.util.Set<String> BODY_STOP = java.util.Set.of(
            "ve", "thuc", "tiep", "gan", "gin", "trien", "de", "nham", "tren", "va", "cung", "da", "trong", "tai",
            "theo", "so", "nhu", "duoc", "ngay", "ngay:", "khoa", "nam", "giai", "voi", "cac", "ban hanh", "hanh:",
            "quy", "chi", "ket", "ke", "huong", "sau", "den", "dat", "la", "o", "mot", "noi", "chua", "&");

    private static final Pattern CUE_START = Cues.standard().anyCue();
    private static final Pattern ANY_TYPE_NAME = DocTypes.standard().anyName();
    private static final Pattern OPENING_DATE = Pattern.compile("(?:^|\\n|\\.\\s)\\s*ngay\\s+" + DATE_FORMS + "\\s*,");
    private static final Pattern OPENING_ISSUED = Pattern.compile("(?<![a-z])(?:ban\\s+hanh|ky|co|tai)(?![a-z])");
    private static final int OPENING_DATE_REACH = 200;
    /** "Kế hoạch 2508/KH-SGDĐT năm 2024 của Sở …": the year printed after a state number. */
    private static final Pattern YEAR = Pattern.compile("\\G\\s+nam\\s+(?:19|20)\\d\\d(?!\\d)");
    private static final java.util.Map<String, String> BODY_STOP_PRINTED = Map.ofEntries(
            Map.entry("tai", "tại"), Map.entry("chi", "chỉ"), Map.entry("ke", "kế"), Map.entry("ket", "kết"), Map.entry("quy", "quy"), Map.entry("ban hanh", "ban hành"), Map.entry("giai", "giai"), Map.entry("de", "để"), Map.entry("so", "số"), Map.entry("o", "ở"), Map.entry("dat", "đạt"), Map.entry("noi", "nội"));

    private final DocTypes types;
    private final Scan anyTypeName;
    private final List<NamedEntry> namedEntries;
    private final int minYear;
    private final int maxYear;

    record NamedEntry(Pattern pattern, String typeClass, String label, String slug) {}

    private MentionFinder(DocTypes types, List<NamedEntry> named, int minYear, int maxYear) {
        this.anyTypeName = Scan.of(types.anyName());
        this.types = types;
        this.namedEntries = named;
        this.minYear = minYear;
        this.maxYear = maxYear;
    }

    public static MentionFinder standard() { return STANDARD; }

    private static final MentionFinder STANDARD = new MentionFinder(DocTypes.standard(), loadNamed(), 1930,
            LocalDate.now().getYear() + 1);

    static List<NamedEntry> loadNamed() {
        List<NamedEntry> out = new ArrayList<>();
        for (JsonNode e : DataFiles.read("central-documents.json").get("named").get("entries")) {
            out.add(new NamedEntry(Pattern.compile(e.get("pattern").asText()), e.get("type").asText(),
                    e.get("label").asText(), e.get("slug").asText()));
        }
        return List.copyOf(out);
    }

    /** Mentions in text order, and problems met on the way (impossible dates, …). */
    public record Result(List<Mention> mentions, List<Problem> problems) {}

    public Result find(AlignedText text) {
        String f = text.folded();
        String n = text.text();
        List<Mention> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int[] group = {0};

        // Notations hang on '-' or '/' right after digits: jump from one to the next instead of scanning every char.
        Matcher m = PARTY.matcher(f);
        for (int sep = f.indexOf('-'); sep >= 0; sep = f.indexOf('-', sep + 1)) {
            int ds = digitsBefore(f, sep);
            if (ds < 0 || !numberBoundary(f, ds) || !m.region(ds, f.length()).lookingAt()) continue;
            String typeCode = types.canonicalCode(n.substring(m.start(2), m.end(2)));
            String issuer = types.canonicalCode(n.substring(m.start(3), m.end(3)));
            addWithList(text, m.start(1), m.end(), problems, found, group[0]++,
                    printed -> new Notation(false, printed.split("-")[0], typeCode, issuer, null, null), false);
        }
        Spans taken = Spans.of(found);
        for (int sep = f.indexOf('/'); sep >= 0; sep = f.indexOf('/', sep + 1)) {
            int ds = digitsBefore(f, sep);
            if (ds < 0 || !numberBoundary(f, ds)) continue;
            for (Pattern p : List.of(STATE_YEAR_TYPE, STATE_YEAR_ISSUER, STATE_TYPE)) {
                Matcher sm = p.matcher(f).region(ds, f.length());
                if (!sm.lookingAt() || taken.overlaps(sm.start(), sm.end())) continue;
                Notation no = stateNotation(p, sm, n);
                addWithList(text, sm.start(1), sm.end(), problems, found, group[0]++, num -> no, true);
                break;
            }
        }
        findNamedConferences(text, found, problems, group);
        findNamedUnnumbered(text, found, group);
        findNamedLaws(text, found, group);
        findAliases(text, found, group);
        findShortForms(text, found, group);
        found.sort(Comparator.comparingInt(Mention::start));
        datedByOpening(text, found, problems);
        Spans all = Spans.of(found);
        Matcher bad = MALFORMED.matcher(f);
        for (int at = f.indexOf("so"); at >= 0; at = f.indexOf("so", at + 1)) {
            if (!bad.region(at, f.length()).lookingAt()) continue;
            if (!wordBoundary(f, bad.start()) || all.overlaps(bad.start(1), bad.end(1))) continue;
            problems.add(problem(text, bad.start(1), "malformed notation \"%s\" (expected number-TYPE/ISSUER or number/TYPE-ISSUER); not used"
                    .formatted(n.substring(bad.start(1), bad.end(1)))));
        }
        return new Result(List.copyOf(found), problems);
    }

    /**
     * News: "Ngày 26/11/2025, Ban Chấp hành Trung ương đã ban hành Kết luận 219-KL/TW …". A sentence that opens with
     * a date and tells of a document being issued dates the first document it names.
     */
    private void datedByOpening(AlignedText text, List<Mention> found, List<Problem> problems) {
        String f = text.folded();
        if (found.isEmpty()) return;
        Matcher d = OPENING_DATE.matcher(f).useAnchoringBounds(false).useTransparentBounds(true);
        int k = 0, lastEnd = 0;
        for (int at = f.indexOf("ngay"); at >= 0; at = f.indexOf("ngay", at + 1)) {
            if (at < lastEnd || !openingAt(d, f.length(), at, lastEnd)) continue;
            lastEnd = d.end();
            while (k < found.size() && found.get(k).start() < d.end()) k++;
            if (k == found.size()) return;
            Mention m = found.get(k);
            if (m.notation() == null || m.date() != null || m.leadStart() - d.end() > OPENING_DATE_REACH) continue;
            String between = f.substring(d.end(), m.leadStart());
            if (between.contains(". ") || !OPENING_ISSUED.matcher(between).find()) continue;
            LocalDate date = date(text, d.start(), d, problems);
            if (date != null) found.set(k, m.withDate(date));
        }
    }

    /**
     * Whether an opening date starts just before the "ngay" at {@code at}: the text is normalised, so the line break
     * or ". " in front is at most three chars back. (Its {@code find} would try every char of the file.)
     */
    private static boolean openingAt(Matcher d, int length, int at, int notBefore) {
        for (int s = Math.max(notBefore, at - 3); s <= at; s++) {
            if (d.region(s, length).lookingAt()) return true;
        }
        return false;
    }

    private Notation stateNotation(Pattern p, Matcher m, String n) {
        String num = m.group(1);
        if (p == STATE_YEAR_TYPE) {
            return new Notation(true, num, types.canonicalCode(n.substring(m.start(3), m.end(3))),
                    types.canonicalCode(n.substring(m.start(4), m.end(4))),
                    m.group(5) == null ? null : types.canonicalCode(n.substring(m.start(5), m.end(5))),
                    Integer.parseInt(m.group(2)));
        }
        if (p == STATE_YEAR_ISSUER) {
            return new Notation(true, num, null, types.canonicalCode(n.substring(m.start(3), m.end(3))), null,
                    Integer.parseInt(m.group(2)));
        }
        String first = types.canonicalCode(n.substring(m.start(2), m.end(2)));
        String second = types.canonicalCode(n.substring(m.start(3), m.end(3)));
        String third = m.group(4) == null ? null : types.canonicalCode(n.substring(m.start(4), m.end(4)));
        boolean firstIsType = types.forCode(first, true).isPresent();
        return firstIsType ? new Notation(true, num, first, second, third, null)
                : new Notation(true, num, null, first, second, null);
    }

    private interface NotationFor { Notation of(String number); }

    /** Adds the mention ending at {@code end}, and the earlier numbers of its list ("18, 19-NQ/TW"). */
    private void addWithList(AlignedText text, int numberStart, int end, List<Problem> problems, List<Mention> out,
                             int group, NotationFor notationFor, boolean state) {
        String f = text.folded();
        String n = text.text();
        List<int[]> numbers = new ArrayList<>();
        numbers.add(new int[] {numberStart, end});
        int listStart = numberStart;
        boolean marked = false;
        while (!state) {
            int ws = Math.max(0, listStart - 12);
            Matcher li = LIST_ITEM_END.matcher(f).region(ws, listStart);
            li.useTransparentBounds(true);
            if (!li.find() || !isListContinuation(f, li.start(1))) break;
            numbers.add(0, new int[] {li.start(1), li.end(1)});
            listStart = li.start(1);
        }
        if (numbers.size() > 1 && !precededByMarkerOrType(f, listStart)) {
            numbers = numbers.subList(numbers.size() - 1, numbers.size());
            listStart = numberStart;
        }
        // The word before the number decides the type (the longest name and "số" fit in 40 chars).
        int windowStart = Math.max(0, listStart - 40);
        if (blocked(f, windowStart, listStart)) return;
        int leadStart = listStart;
        Matcher mk = NUMBER_MARKER_END.matcher(f).region(Math.max(0, listStart - 8), listStart);
        mk.useTransparentBounds(true);
        if (mk.find()) { leadStart = mk.start(); marked = true; }
        DocType type = null;
        Matcher tn = typeNameEnding(f, windowStart, leadStart);
        if (tn != null && !LAW_WORD.matcher(f.substring(tn.start(), tn.end())).matches()) {
            type = types.typeOf(tn);
            leadStart = tn.start();
        } else if (marked || tn != null) {
            // A law or ordinance prints its name between the word and the number: "Luật Đất đai số 31/2024/QH15".
            Matcher law = NAMED_LAW_END.matcher(f).region(Math.max(0, leadStart - 90), leadStart);
            law.useTransparentBounds(true);
            if (law.find()) {
                type = types.byClass(law.group(1).startsWith("luat") || law.group(1).startsWith("bo") ? "Law" : "Ordinance").orElse(null);
                leadStart = law.start();
            } else if (tn != null) {
                type = types.typeOf(tn);
                leadStart = tn.start();
            }
        }
        Tail tail = Tail.parse(f, n, end, this, text, problems);
        String typeClass = type != null ? type.className() : codeType(notationFor.of(f.substring(numberStart, end)), state);
        for (int[] span : numbers) {
            Notation no = notationFor.of(f.substring(span[0], span[1]));
            int s = span[0];
            int e = span[0] == numberStart ? end : span[1];
            out.add(new Mention(s, e, span == numbers.get(0) ? leadStart : s, tail.end(), n.substring(s, e), no,
                    typeClass, type != null, tail.date(), tail.body(), tail.terms(), tail.conference(), null, null,
                    group, false));
        }
    }

    private String codeType(Notation no, boolean state) {
        if (no.typeCode() != null) {
            Optional<DocType> t = types.forCode(no.typeCode(), state);
            if (t.isPresent()) return t.get().className();
        } else if (state) {
            String letters = TRAILING_DIGITS.matcher(no.issuerCode()).replaceAll("");
            Optional<DocType> t = types.forStateIssuer(letters);
            if (t.isPresent()) return t.get().className();
            return "OfficialLetter";
        }
        return "Document";
    }

    private static boolean isListContinuation(String f, int itemStart) {
        // "ngày 25/10/2021, 18-NQ/TW" is not a list: the item must not be part of a date or a bigger number.
        return itemStart == 0 || !(f.charAt(itemStart - 1) == '/' || f.charAt(itemStart - 1) == '.'
                || f.charAt(itemStart - 1) == '-');
    }

    private boolean precededByMarkerOrType(String f, int listStart) {
        Matcher mk = NUMBER_MARKER_END.matcher(f).region(Math.max(0, listStart - 8), listStart);
        mk.useTransparentBounds(true);
        if (mk.find()) return true;
        return typeNameEnding(f, Math.max(0, listStart - 70), listStart) != null;
    }

    private static boolean blocked(String f, int from, int to) {
        Matcher b = BLOCKER_END.matcher(f).region(Math.max(from, to - 20), to);
        b.useTransparentBounds(true);
        return b.find();
    }

    /** The type name that ends right at {@code to} (only spaces between), or null. */
    Matcher typeNameEnding(String f, int from, int to) {
        Matcher m = types.anyName().matcher(f).useTransparentBounds(true);
        // Only where a word starts: find() would try every char of the window.
        for (int p = from; p < to; p++) {
            if (!anyTypeName.canStart(f, p, to) || p > 0 && Character.isLetter(f.charAt(p - 1))) continue;
            if (m.region(p, to).lookingAt() && f.substring(m.end(), to).isBlank()) return m;
        }
        return null;
    }

    private void findNamedConferences(AlignedText text, List<Mention> out, List<Problem> problems, int[] group) {
        String f = text.folded();
        String n = text.text();
        Matcher m = NAMED_CONFERENCE.matcher(f);
        Spans taken = Spans.of(out);
        for (int at : Triggers.starts(f, "trung", 60)) {
            if (!m.region(at, f.length()).lookingAt()) continue;
            if (!wordBoundary(f, m.start()) || taken.overlaps(m.start(), m.end())) continue;
            String typeClass = m.group(1).startsWith("ngh") ? "Resolution" : "Conclusion";
            int conference = Integer.parseInt(m.group(2));
            Tail tail = Tail.parse(f, n, m.end(), this, text, problems);
            int g = group[0]++;
            for (String term : splitTerms(m.group(3))) {
                String label = (typeClass.equals("Resolution") ? "Nghị quyết" : "Kết luận Hội nghị") + " Trung ương "
                        + conference + " (khóa " + term + ")";
                out.add(new Mention(m.start(), m.end(), m.start(), tail.end(), n.substring(m.start(), m.end()), null,
                        typeClass, true, tail.date(), tail.body(), List.of(term), conference, null, label, g, false));
            }
        }
    }

    private void findNamedUnnumbered(AlignedText text, List<Mention> out, int[] group) {
        String f = text.folded();
        String n = text.text();
        Spans taken = Spans.of(out);
        for (NamedEntry e : namedEntries) {
            Matcher m = e.pattern().matcher(f);
            for (int at : Triggers.literalStarts(f, e.pattern().pattern())) {
                if (!m.region(at, f.length()).lookingAt()) continue;
                if (!wordBoundary(f, m.start()) || taken.overlaps(m.start(), m.end())) continue;
                String label = e.label(), slug = e.slug();
                for (int g = m.groupCount(); g >= 1; g--) {
                    String printed = m.group(g) == null ? "" : n.substring(m.start(g), m.end(g));
                    String v = ROMAN_NUMERAL.matcher(printed).matches() ? printed.toUpperCase(Locale.ROOT) : printed;
                    label = label.replace("$" + g, v.replace('\n', ' '));
                    slug = slug.replace("$" + g, Slugs.slug(v));
                }
                out.add(new Mention(m.start(), m.end(), m.start(), m.end(), n.substring(m.start(), m.end()), null,
                        e.typeClass(), true, null, null, List.of(), null, slug, label, group[0]++, false));
            }
        }
    }

    /** "Luật Lưu trữ", "Bộ luật Lao động": a law cited by its name, with no number after it. */
    private void findNamedLaws(AlignedText text, List<Mention> out, int[] group) {
        String n = text.text();
        Matcher m = NAMED_LAW.matcher(n);
        String f = text.folded();
        List<Integer> starts = new ArrayList<>();
        for (int at = f.indexOf("luat"); at >= 0; at = f.indexOf("luat", at + 1)) { if (at >= 3) starts.add(at - 3); starts.add(at); }
        for (int at = f.indexOf("phap lenh"); at >= 0; at = f.indexOf("phap lenh", at + 1)) starts.add(at);
        int lastEnd = -1;
        Spans lawTaken = Spans.withLead(out);
        for (int at : starts) {
            if (at < lastEnd || !m.region(at, n.length()).lookingAt()) continue;
            lastEnd = m.end();
            final int s0 = m.start(), e0 = m.end();
            if (s0 > 0 && Character.isLetter(n.charAt(s0 - 1))) continue;
            // "pháp luật Việt Nam" is the law in general, "Dân Luật Việt Nam" a website: no law has that name.
            if (s0 >= 5 && f.startsWith("phap ", s0 - 5) || m.group(2).startsWith("Việt Nam")) continue;
            if (lawTaken.overlaps(s0, e0)) continue;
            String kind = m.group(1);
            String name = Spaces.collapse(m.group(2)).strip();
            String label = (kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1)) + " " + name;
            out.add(new Mention(m.start(), m.end(), m.start(), m.end(), n.substring(m.start(), m.end()), null,
                    kind.toLowerCase(Locale.ROOT).startsWith("pháp") ? "Ordinance" : "Law", true, null, null, List.of(),
                    null, Slugs.slug(label), label, group[0]++, false));
        }
    }

    /**
     * "Kết luận 18", "Nghị quyết số 22" after the full "Kết luận số 18-KL/TW, ngày 22/9/2017 …": the short form
     * mentions the document this file cited in full with that type and number, when there is exactly one.
     */
    private void findShortForms(AlignedText text, List<Mention> out, int[] group) {
        String f = text.folded();
        java.util.Map<String, List<Mention>> full = new java.util.LinkedHashMap<>();
        for (Mention m : out) {
            if (m.notation() == null || !m.typeFromWord()) continue;
            String key = m.typeClass() + " " + m.notation().number().replaceFirst("^0+(?=\\d)", "");
            List<Mention> l = full.computeIfAbsent(key, k -> new ArrayList<>());
            if (l.stream().noneMatch(x -> x.notation().canonical().equals(m.notation().canonical()))) l.add(m);
        }
        List<Mention> added = new ArrayList<>();
        Spans cited = Spans.withLeadAndTail(out);
        Spans shortTaken = Spans.of(added);
        java.util.Map<String, List<Integer>> where = numberRuns(f, full.keySet());
        for (Map.Entry<String, List<Mention>> byKey : full.entrySet()) {
            List<Mention> same = byKey.getValue();
            if (same.size() != 1) continue;
            Mention src = same.get(0);
            String number = src.notation().number().replaceFirst("^0+(?=\\d)", "");
            for (int at : where.getOrDefault(number, List.of())) {
                int end = at + number.length();
                if (end < f.length() && (Character.isLetterOrDigit(f.charAt(end)) || "-/".indexOf(f.charAt(end)) >= 0)) continue;
                if (end + 2 < f.length() && f.charAt(end) == ',' && Character.isDigit(f.charAt(end + 2))) continue;
                if (cited.overlaps(at, end) || shortTaken.overlaps(at, end)) continue;
                int lead = at;
                Matcher mk = NUMBER_MARKER_END.matcher(f).region(Math.max(0, at - 8), at);
                mk.useTransparentBounds(true);
                if (mk.find()) lead = mk.start();
                Matcher tn = typeNameEnding(f, Math.max(0, lead - 40), lead);
                if (tn == null || !types.typeOf(tn).className().equals(src.typeClass())) continue;
                added.add(new Mention(at, end, tn.start(), end, text.text().substring(at, end), src.notation(), src.typeClass(),
                        true, src.date(), src.bodyText(), src.terms(), src.conference(), null, null, group[0]++, false));
            }
        }
        out.addAll(added);
    }

    /** Where each of the wanted numbers stands alone as a digit run (not glued to a word, a date or a code), one pass. */
    private static Map<String, List<Integer>> numberRuns(String f, java.util.Set<String> keys) {
        Map<String, List<Integer>> out = new java.util.HashMap<>();
        if (keys.isEmpty()) return out;
        java.util.Set<String> wanted = new java.util.HashSet<>();
        for (String k : keys) wanted.add(k.substring(k.lastIndexOf(' ') + 1));
        for (int i = 0; i < f.length(); ) {
            if (!asciiDigit(f.charAt(i))) { i++; continue; }
            int e = i;
            while (e < f.length() && asciiDigit(f.charAt(e))) e++;
            int s = i;
            while (s < e - 1 && f.charAt(s) == '0') s++;
            String run = f.substring(s, e);
            if (numberBoundary(f, i) && wanted.contains(run)) out.computeIfAbsent(run, k -> new ArrayList<>()).add(s);
            i = e;
        }
        return out;
    }

    private static boolean asciiDigit(char c) { return c >= '0' && c <= '9'; }

    /** "(sau đây gọi tắt là Quy định 377)": later uses of the alias mention the same document. */
    private void findAliases(AlignedText text, List<Mention> out, int[] group) {
        String f = text.folded();
        List<Mention> added = new ArrayList<>();
        Spans taken = Spans.of(out);
        Spans aliasTaken = Spans.of(added);
        for (Mention src : List.copyOf(out)) {
            Matcher a = ALIAS.matcher(f);
            a.region(src.tailEnd(), f.length());
            a.useTransparentBounds(true);
            if (!a.lookingAt() || !ALIAS_INTRO.matcher(f.substring(a.start(), a.start(1))).find()) continue;
            String alias = f.substring(a.start(1), a.end(1)).strip();
            if (alias.length() < 3) continue;
            Pattern use = Pattern.compile("(?<![\\w])" + Pattern.quote(alias).replace(" ", "\\E\\s+\\Q") + "(?![\\w])");
            Matcher u = use.matcher(f);
            u.region(a.end(), f.length());
            while (u.find()) {
                if (taken.overlaps(u.start(), u.end()) || aliasTaken.overlaps(u.start(), u.end())) continue;
                added.add(new Mention(u.start(), u.end(), u.start(), u.end(), text.text().substring(u.start(), u.end()),
                        src.notation(), src.typeClass(), src.typeFromWord(), src.date(), src.bodyText(), src.terms(),
                        src.conference(), src.namedSlug(), src.label(), group[0]++, false));
            }
        }
        out.addAll(added);
    }

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

    /** Start of the digit run that ends right before {@code sep}, or -1. */
    private static int digitsBefore(String f, int sep) {
        int s = sep;
        while (s > 0 && sep - s < 5 && Character.isDigit(f.charAt(s - 1))) s--;
        return s < sep ? s : -1;
    }

    /** A number starts a notation only if not glued to a word, a date or another code ("2020/…", "s618-…"). */
    private static boolean numberBoundary(String f, int at) {
        if (at == 0) return true;
        char c = f.charAt(at - 1);
        return !(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '/' || c == '-');
    }

    private static boolean wordBoundary(String f, int at) {
        return at == 0 || !(f.charAt(at - 1) >= 'a' && f.charAt(at - 1) <= 'z');
    }


    /** The date a match of {@link #DATE_FORMS} prints, or null (with a problem) when it is impossible or out of range. */
    LocalDate date(AlignedText text, int at, Matcher m, List<Problem> problems) {
        int k = m.group(1) != null ? 1 : 4;
        return date(text, at, Integer.parseInt(m.group(k + 2)), Integer.parseInt(m.group(k + 1)), Integer.parseInt(m.group(k)), problems);
    }

    LocalDate date(AlignedText text, int at, int y, int mo, int d, List<Problem> problems) {
        try {
            LocalDate date = LocalDate.of(y, mo, d);
            if (y < minYear || y > maxYear) {
                problems.add(problem(text, at, "date %02d/%02d/%d is outside %d–%d; ignored".formatted(d, mo, y, minYear, maxYear)));
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            problems.add(problem(text, at, "impossible date %d/%d/%d; ignored".formatted(d, mo, y)));
            return null;
        }
    }

    static Problem problem(AlignedText text, int normalisedOffset, String message) {
        int[] lc = text.lineColumn(text.originalStart(normalisedOffset));
        return new Problem(text.source().name(), lc[0], lc[1], Problem.Severity.WARNING, message);
    }

    /** What is printed right after a mention: its date, issuing body, term and conference. */
    record Tail(int end, LocalDate date, String body, List<String> terms, Integer conference) {
        private static final Pattern CONFERENCE_IN_BODY = Pattern.compile("hoi\\s+ngh[ij].*?(\\d{1,2})");

        static Tail parse(String f, String n, int pos, MentionFinder finder, AlignedText text, List<Problem> problems) {
            Matcher y = YEAR.matcher(f).region(pos, f.length());
            if (y.lookingAt()) pos = y.end();
            LocalDate date = null;
            String body = null;
            List<String> terms = new ArrayList<>();
            Integer conference = null;
            boolean progress = true;
            for (int round = 0; round < 5 && progress; round++) {
                progress = false;
                Matcher d = DATE.matcher(f).region(pos, f.length());
                if (date == null && d.lookingAt()) {
                    date = finder.date(text, pos, d, problems);
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
                            Matcher c = CONFERENCE_IN_BODY.matcher(f.substring(s, e));
                            if (c.find()) conference = Integer.parseInt(c.group(1));
                            pos = e;
                            progress = true;
                        }
                    }
                }
            }
            return new Tail(pos, date, body, terms, conference);
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
}
