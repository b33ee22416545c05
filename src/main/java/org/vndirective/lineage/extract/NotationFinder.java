package org.vndirective.lineage.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndirective.lineage.text.Folding;

/**
 * Party notations ("59-KH/TU", with the lists they are printed in: "18, 19-NQ/TW") and state notations
 * ("15/2020/NĐ-CP", "833/NQ-UBTVQH14", "11298/VPCP-KTTH"), each with the type word before it and the date, body and
 * term after it. Notations hang on '-' or '/' right after digits: the finder jumps from one to the next instead of
 * trying a pattern at every char.
 */
final class NotationFinder implements KindFinder {
    private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");
    static final Pattern PARTY = Pattern.compile(
            "(\\d{1,5})-([a-z][a-z&]{0,5})/([a-z][a-z0-9]{0,11})(?![\\w/])");
    static final Pattern STATE_YEAR_TYPE = Pattern.compile(
            "(\\d{1,5}(?:\\.\\d{1,2})?)/((?:19|20)\\d\\d)/([a-z]{1,6})-([a-z]{1,10}\\d{0,2})(?:-([a-z]{1,6}\\d{0,2}))?(?![\\w/-])");
    static final Pattern STATE_YEAR_ISSUER = Pattern.compile(
            "(\\d{1,5}(?:\\.\\d{1,2})?)/((?:19|20)\\d\\d)/([a-z]{2,8}\\d{1,2})(?![\\w/-])");
    static final Pattern STATE_TYPE = Pattern.compile(
            "(\\d{1,5}(?:\\.\\d{1,2})?)/([a-z]{1,8})-([a-z]{1,10}\\d{0,2})(?:-([a-z]{1,6}\\d{0,2}))?(?![\\w/-])");
    /**
     * "927/QĐ TTg": a space printed for the hyphen; taken only for a known type and a code in capitals after it, and
     * not "12/QĐ BAN HÀNH …" in a title in capitals.
     */
    static final Pattern STATE_TYPE_SPACED = Pattern.compile("(\\d{1,5})/([a-z]{1,8}) (?!ban\\s+hanh)([a-z]{2,10}\\d{0,2})(?![\\w/-])");
    /** "2045 QĐ/TWĐTN": a Party code with a space printed for its hyphen; taken like {@link #STATE_TYPE_SPACED}. */
    static final Pattern PARTY_SPACED = Pattern.compile("(\\d{1,5}) ([a-z]{1,6})/([a-z][a-z0-9]{0,11})(?![\\w/])");
    /** "số 159-TB": a Party notation printed without its issuer; taken after "số" or a type word, for a known type. */
    static final Pattern PARTY_NO_ISSUER = Pattern.compile("(\\d{1,5})-([a-z]{1,6})(?![\\w/-])");
    /** "412TTr-SNN": a state notation printed without its slash; taken like {@link #PARTY_NO_ISSUER}. */
    static final Pattern STATE_NO_SLASH = Pattern.compile("(\\d{1,5})([a-z]{1,6})-([a-z]{2,10}\\d{0,2})(?![\\w/-])");
    /** The bodies that print their own "TU" as "TƯ": "08-NQ/TƯ của Tỉnh ủy" is the province's. */
    static final Pattern PROVINCE_COMMITTEE = Pattern.compile("(?:ban\\s+thuong\\s+vu\\s+)?(?:tinh|thanh)\\s+uy(?![a-z])"
            + "|(?:ban\\s+chap\\s+hanh\\s+)?dang\\s+bo\\s+(?:tinh|thanh\\s+pho)(?![a-z])");
    private static final Pattern ISSUER_PRINTED = Pattern.compile("[A-ZĐ]{2}[A-ZĐa-z]{0,8}\\d{0,2}");
    private static final Pattern NAMED_LAW_END = Pattern.compile(
            "(?<![a-z])((?:bo\\s+)?lu[aậ]t|ph[aá]p\\s+l[eệ]nh)(?:\\s*,?\\s+[a-z]+){1,12}\\s*$");
    /**
     * An amending law's title, open before a law's name: "Luật sửa đổi, bổ sung một số điều của Luật A, …"; the name
     * is then a citation of its own when it is one (capitalised, as the law-name finder reads it).
     */
    private static final Pattern AMENDING_LAW_BEFORE = Pattern.compile("(?<![a-z])luat\\s+sua\\s+doi[^;.]*$");
    /** "luật" before the number may end a law's name ("Luật Ban hành văn bản quy phạm pháp luật số …"). */
    private static final Pattern LAW_WORD = Pattern.compile("(?:bo\\s+)?luat");
    /** "số", "số:", and OCR's readings of it ("s6", "sô"). */
    static final Pattern NUMBER_MARKER_END = Pattern.compile("(?<![a-z])(?:so|s[o06dbe8]?|sb)\\s*[:.]?\\s*$");
    private static final Pattern LIST_ITEM_END = Pattern.compile("(?<![\\w./-])(\\d{1,5})\\s*(?:,|;|va)\\s*$");
    /** "Mẫu số 02-KH/TU", "Phụ lục số …": a form's number, not a document's. */
    private static final Pattern BLOCKER_END = Pattern.compile("(?<![a-z])(?:mau|bieu\\s+mau|phu\\s+luc)\\s*(?:so\\s*)?$");

    private final DocTypes types;
    private final Dates dates;

    NotationFinder(DocTypes types, Dates dates) {
        this.types = types;
        this.dates = dates;
    }

    @Override
    public void find(Draft d) {
        String f = d.folded, n = d.normalised;
        for (int sep = f.indexOf('-'); sep >= 0; sep = f.indexOf('-', sep + 1)) {
            int ds = Words.digitsBefore(f, sep);
            if (ds < 0) {
                noSlash(d, sep);
                continue;
            }
            if (!Words.numberBoundary(f, ds)) continue;
            Matcher m = match(PARTY, f, n, ds, 3);
            if (m != null) {
                addParty(d, m);
            } else if ((m = match(PARTY_NO_ISSUER, f, n, ds, 2)) != null && typeInCapitals(n, m, 2, false)
                    && precededByMarkerOrType(f, ds)) {
                String typeCode = code(n, m, 2);
                addWithList(d, ds, m.end(), printed -> new Notation(false, printed.split("-")[0], typeCode, "", null, null), false);
            }
        }
        Spans taken = Spans.of(d.mentions());
        for (int sep = f.indexOf('/'); sep >= 0; sep = f.indexOf('/', sep + 1)) {
            int ds = subNumbered(f, Words.digitsBefore(f, sep), sep);
            if (ds < 0) {
                partySpaced(d, sep, taken);
                continue;
            }
            if (!Words.numberBoundary(f, ds)) continue;
            for (Pattern p : List.of(STATE_YEAR_TYPE, STATE_YEAR_ISSUER, STATE_TYPE, STATE_TYPE_SPACED)) {
                Matcher sm = match(p, f, n, ds, -1);
                if (sm == null || taken.overlaps(sm.start(), sm.end())) continue;
                if (p == STATE_TYPE_SPACED && !(typeInCapitals(n, sm, 2, true)
                        && ISSUER_PRINTED.matcher(n.substring(sm.start(3), sm.end(3))).matches())) continue;
                Notation no = stateNotation(p, sm, n);
                addWithList(d, sm.start(1), sm.end(), no.state() ? num -> no
                        : num -> new Notation(false, num.split("/")[0], no.typeCode(), no.issuerCode(), null, null), no.state());
                break;
            }
        }
    }

    private void addParty(Draft d, Matcher m) {
        String n = d.normalised;
        String typeCode = types.canonicalCode(n.substring(m.start(2), m.end(2)));
        String issuer = types.canonicalCode(n.substring(m.start(3), m.end(3)));
        addWithList(d, m.start(1), m.end(), printed -> new Notation(false, printed.split("[- ]")[0], typeCode, issuer, null, null), false);
    }

    /**
     * {@code p} matched at {@code from}, its code group {@code codeGroup} (-1: the last one matched) cut where the
     * known code ends ("151/2025/NĐ-CPvề": CP); null if it does not match.
     */
    private Matcher match(Pattern p, String f, String n, int from, int codeGroup) {
        Matcher m = p.matcher(f).region(from, f.length());
        if (!m.lookingAt()) return null;
        int g = codeGroup;
        for (int k = m.groupCount(); g < 0 && k > 0; k--) if (m.end(k) == m.end()) g = k;
        int end = m.start(g) + types.codeLength(n.substring(m.start(g), m.end(g)));
        if (end == m.end()) return m;
        // The region's end hides the glued word from the pattern's look-ahead.
        return m.region(from, end).lookingAt() ? m : null;
    }

    /** Whether the type code of group {@code g} is a known one, printed starting with a capital. */
    private boolean typeInCapitals(String n, Matcher m, int g, boolean state) {
        return Character.isUpperCase(n.charAt(m.start(g))) && types.forCode(code(n, m, g), state).isPresent();
    }

    /** "412TTr-SNN" at the hyphen {@code sep}: a number glued to a known type code, an issuer in capitals. */
    private void noSlash(Draft d, int sep) {
        String f = d.folded, n = d.normalised;
        int ls = sep;
        while (ls > 0 && sep - ls < 6 && f.charAt(ls - 1) >= 'a' && f.charAt(ls - 1) <= 'z') ls--;
        int ds = ls < sep ? Words.digitsBefore(f, ls) : -1;
        if (ds < 0 || !Words.numberBoundary(f, ds)) return;
        Matcher m = match(STATE_NO_SLASH, f, n, ds, 3);
        if (m == null || !typeInCapitals(n, m, 2, true) || !ISSUER_PRINTED.matcher(n.substring(m.start(3), m.end(3))).matches()
                || !precededByMarkerOrType(f, ds)) return;
        Notation no = new Notation(true, m.group(1), code(n, m, 2), code(n, m, 3), null, null);
        addWithList(d, ds, m.end(), num -> no, true);
    }

    /** "2045 QĐ/TWĐTN" at the slash {@code sep}: number, space, a known type code and an issuer in capitals. */
    private void partySpaced(Draft d, int sep, Spans taken) {
        String f = d.folded, n = d.normalised;
        int ls = sep;
        while (ls > 0 && sep - ls < 6 && f.charAt(ls - 1) >= 'a' && f.charAt(ls - 1) <= 'z') ls--;
        int ds = ls > 1 && ls < sep && f.charAt(ls - 1) == ' ' ? Words.digitsBefore(f, ls - 1) : -1;
        if (ds < 0 || !Words.numberBoundary(f, ds) || taken.overlaps(ds, sep)) return;
        Matcher m = match(PARTY_SPACED, f, n, ds, 3);
        if (m == null || !typeInCapitals(n, m, 2, false) || !ISSUER_PRINTED.matcher(n.substring(m.start(3), m.end(3))).matches()
                || !precededByMarkerOrType(f, ds)) return;
        addParty(d, m);
    }

    /** "66.2/2025/NQ-CP": a Government resolution's sub-number; where its number starts, else {@code ds}. */
    private static int subNumbered(String f, int ds, int sep) {
        if (ds < 2 || sep - ds > 2 || f.charAt(ds - 1) != '.') return ds;
        int main = Words.digitsBefore(f, ds - 1);
        return main >= 0 && Words.numberBoundary(f, main) ? main : ds;
    }

    private Notation stateNotation(Pattern p, Matcher m, String n) {
        String num = m.group(1);
        if (p == STATE_YEAR_TYPE) {
            return new Notation(true, num, code(n, m, 3), code(n, m, 4), m.group(5) == null ? null : code(n, m, 5),
                    Integer.parseInt(m.group(2)));
        }
        if (p == STATE_YEAR_ISSUER) return new Notation(true, num, null, code(n, m, 3), null, Integer.parseInt(m.group(2)));
        String first = code(n, m, 2);
        String second = code(n, m, 3);
        String third = p == STATE_TYPE_SPACED || m.group(4) == null ? null : code(n, m, 4);
        boolean firstIsType = types.forCode(first, true).isPresent();
        // "27/NQ-TW": the Party's numbering printed state style is still the Party's.
        if (firstIsType && third == null && types.partyIssuer(second) && !types.forCode(first, false).get().state()) {
            return new Notation(false, num, first, second, null, null);
        }
        return firstIsType || p == STATE_TYPE_SPACED ? new Notation(true, num, first, second, third, null)
                : new Notation(true, num, null, first, second, null);
    }

    private String code(String n, Matcher m, int group) { return types.canonicalCode(n.substring(m.start(group), m.end(group))); }

    /** Adds the mention ending at {@code end}, and the earlier numbers of its list ("18, 19-NQ/TW"). */
    private void addWithList(Draft d, int numberStart, int end, Function<String, Notation> notationFor, boolean state) {
        String f = d.folded;
        List<int[]> numbers = new ArrayList<>();
        numbers.add(new int[] {numberStart, end});
        int listStart = numberStart;
        while (!state) {
            Matcher li = LIST_ITEM_END.matcher(f).region(Math.max(0, listStart - 12), listStart);
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
        boolean marked = false;
        Matcher mk = NUMBER_MARKER_END.matcher(f).region(Math.max(0, listStart - 8), listStart);
        mk.useTransparentBounds(true);
        if (mk.find()) { leadStart = mk.start(); marked = true; }
        DocType type = null;
        Matcher tn = types.nameEnding(f, windowStart, leadStart);
        if (tn != null && !LAW_WORD.matcher(f.substring(tn.start(), tn.end())).matches()) {
            type = types.typeOf(tn);
            leadStart = tn.start();
        } else if (marked || tn != null) {
            // A law or ordinance prints its name between the word and the number: "Luật Đất đai số 31/2024/QH15".
            Matcher law = NAMED_LAW_END.matcher(f).region(Math.max(0, leadStart - 90), leadStart);
            law.useTransparentBounds(true);
            if (law.find()) {
                type = types.byClass(law.group(1).startsWith("luat") || law.group(1).startsWith("bo") ? "Law" : "Ordinance").orElse(null);
                // "Luật sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C số 90/2025/QH15": the number is the
                // amending law's; C is one it amends, a citation of its own.
                if (!AMENDING_LAW_BEFORE.matcher(f).region(Math.max(0, law.start() - 400), law.start()).find()
                        || !Character.isUpperCase(d.normalised.charAt(law.end(1) + 1))) leadStart = law.start();
            } else if (tn != null) {
                type = types.typeOf(tn);
                leadStart = tn.start();
            }
        }
        Tail tail = Tail.parse(d, end, dates);
        if (!state && printedIssuer(d.printed(numberStart, end)).toUpperCase(Locale.ROOT).contains("Ư") && tail.body() != null
                && PROVINCE_COMMITTEE.matcher(Folding.fold(tail.body()).toLowerCase(Locale.ROOT)).lookingAt()) {
            // "TƯ" is Trung ương's, but a province's committee prints its TU so too.
            Function<String, Notation> central = notationFor;
            notationFor = printed -> central.apply(printed).withIssuer("TU");
        }
        String typeClass = type != null ? type.className() : codeType(notationFor.apply(f.substring(numberStart, end)));
        int group = d.newGroup();
        for (int[] span : numbers) {
            int s = span[0];
            int e = span[0] == numberStart ? end : span[1];
            d.add(new NotationMention(new Span(s, e, span == numbers.get(0) ? leadStart : s, tail.end()), group,
                    d.printed(s, e), notationFor.apply(f.substring(span[0], span[1])), typeClass, type != null,
                    tail.date(), tail.body(), tail.terms(), false));
        }
    }

    private static String printedIssuer(String printed) { return printed.substring(printed.lastIndexOf('/') + 1); }

    private String codeType(Notation no) {
        boolean state = no.state();
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
        return types.nameEnding(f, Math.max(0, listStart - 70), listStart) != null;
    }

    private static boolean blocked(String f, int from, int to) {
        Matcher b = BLOCKER_END.matcher(f).region(Math.max(from, to - 20), to);
        b.useTransparentBounds(true);
        return b.find();
    }
}
