package org.vndirective.lineage.extract;

import org.vndirective.lineage.text.Spaces;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndirective.lineage.text.AlignedText;
import org.vndirective.lineage.text.Folding;

/** Reads a file's own header, title, signature block and closing paragraph. */
public final class HeaderReader {
    private static final Pattern NOT_TYPE_NAME = Pattern.compile("[^a-z& ]");
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\s,*.]+|[\\s,]+$");
    private static final Pattern COUNTRY_PREFIX = Pattern.compile("(?i)^.*việt nam\\s*");
    private static final Pattern NOTATION_PREFIX = Pattern.compile("(?i)^s[ốo6]\\s*[:.]?\\s*\\S+\\s*");
    private static final Pattern PERSON_NAME = Pattern.compile("(\\p{Lu}[\\p{L}]*\\.?\\s+){1,5}\\p{Lu}[\\p{L}]*");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[,.;]+$");
    private static final Pattern SIGNATURE_TAIL = Pattern.compile("\\s+(?:T/M|TM\\.|K/T)?\\s*[\\p{Lu} ]{4,}$");
    private static final int HEADER_LINES = 40;
    /** The signature block and the recipients are in the last chars of a text. */
    private static final int SIGNATURE_WITHIN = 2500;
    private static final Pattern NUMBER_LABEL_ALONE = Pattern.compile("[^a-z0-9]{0,3}(?:so|s[o6])\\s*[:.]?");
    private static final int PORTAL_WITHIN = 4000;
    private static final Pattern PORTAL_NUMBER = Pattern.compile("so\\s+hieu\\s*:\\s*");
    private static final Pattern PORTAL_TYPE = Pattern.compile("loai\\s+van\\s+ban\\s*:\\s*");
    private static final Pattern PORTAL_DATE = Pattern.compile("ngay\\s+ban\\s+hanh\\s*:\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    /** An organ line that names no one on its own: "VĂN PHÒNG", "BỘ", "BAN" (the name is on the next line). */
    private static final Pattern BARE_ORGAN = Pattern.compile("(?:van\\s+phong|bo|ban|hoi\\s+dong|tong\\s+cuc|cuc|so|uy\\s+ban)");
    private static final Pattern PORTAL_BODY = Pattern.compile("noi\\s+ban\\s+hanh\\s*:\\s*");
    private static final Pattern ADDRESSEE = Pattern.compile("\\s*kinh\\s+gui\\s*:");
    private static final Pattern DATE_BROKEN = Pattern.compile("(?<![a-z])ng[a-z]?y(?:\\s+\\d{1,2}(?:\\s+th[a-z]ng(?:\\s+\\d{1,2}(?:\\s+n[a-z]m)?)?)?)?$");
    /** The national and the Party motto: two scans, so that each is found from its literal by indexOf. */
    private static final List<Scan> MOTTOS = List.of(scan("cong\\s+hoa\\s+xa\\s+hoi\\s+chu\\s+nghia"),
            scan("dang\\s+cong\\s+san\\s+viet\\s+nam"));
    private static final int MOTTO_WITHIN = 6000;
    private static final int ORGAN_LINES_ABOVE_MOTTO = 6;
    private static final Pattern NOTATION_LINE = Pattern.compile("^[^a-z0-9]{0,3}(?:so|s[o6])\\s*[:.]?\\s*\\d");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(.{0,60}?)[,\\s]*(?<![a-z])ng[a-z]?y\\s+(\\d{1,2})\\s+th[a-z]ng\\s+(\\d{1,2})\\s+n[a-z]m\\s+(\\d{4})");
    private static final Pattern CITATION_LEAD = Pattern.compile("(?<![a-z])(?:can\\s+cu|thuc\\s+hien|theo)(?![a-z])");
    private static final Pattern SUBJECT_LINE = Pattern.compile("(?i)^v/v\\.?:?\\s*(.+)$");
    private static final Pattern SEPARATOR = Pattern.compile("^[-_=*.~]{3,}$");
    private static final Pattern TITLE_STOP = Pattern.compile(
            "^(?:ng[a-z]?y\\s+\\d{1,2}\\s+th[a-z]ng|can\\s+cu|thuc\\s+hien|kinh\\s+gui|trong\\s+|qua\\s+|sau\\s+|i\\.\\s)");
    /** Who decides, in capitals under the title: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "BỘ TRƯỞNG BỘ …", "ỦY BAN THƯỜNG VỤ QUỐC HỘI". */
    private static final Pattern AUTHORITY = Pattern.compile("(?:pho\\s+)?(?:chu\\s+tich|bo\\s+truong|thu\\s+tuong|thong\\s+doc"
            + "|giam\\s+doc|tong\\s+cuc\\s+truong|cuc\\s+truong|uy\\s+ban\\s+(?:nhan\\s+dan|thuong\\s+vu)|hoi\\s+dong\\s+nhan\\s+dan"
            + "|ban\\s+thuong\\s+vu|ban\\s+bi\\s+thu|bo\\s+chinh\\s+tri|quoc\\s+hoi|chinh\\s+phu)(?![a-z])");
    /** A title line that ends so goes on ("… CỦA BỘ CHÍNH TRỊ,⏎BAN BÍ THƯ VỀ …"): the next is no authority. */
    private static final Pattern TITLE_GOES_ON = Pattern.compile("(?:[,;\\-–]|(?<![a-z])(?:cua|va|voi|cho|tai|ve|thuoc|giua|trong))\\s*$");
    /** How many lines a title may take: more when printed in capitals. */
    private static final int TITLE_LINES = 4, TITLE_LINES_IN_CAPITALS = 8;
    private static final Pattern BULLET = Pattern.compile("^[-+•*]\\s*");
    private static final Pattern SUBJECT_OPENING = Pattern.compile("^(?:ve|v/v)(?![a-z])");
    private static final Pattern WORD_OF_LETTERS = Pattern.compile("(?<!\\S)\\p{L}{2,}(?!\\S)");
    private static final Pattern PARTY_HEADER = Pattern.compile("d?p?[a-z]?ang\\s+cong\\s+san\\s+viet\\s+nam|doc\\s+lap|cong\\s+hoa\\s+xa\\s+hoi");
    private static final Scan CLOSING = scan("(?<![a-z])tren\\s+day\\s+la\\s+");
    private static final Pattern OF = Pattern.compile("(?<![a-z])c(?:u|ii|ti|t|l|tu|li|i)a\\s+");
    private static final Scan ROLE = scan(
            "(tong\\s+bi\\s+thu|pho\\s+bi\\s+thu|bi\\s+thu|pho\\s+truong\\s+ban|truong\\s+ban|pho\\s+chu\\s+nhiem|chu\\s+nhiem"
                    + "|pho\\s+chanh\\s+van\\s+phong|chanh\\s+van\\s+phong|pho\\s+chu\\s+tich|chu\\s+tich|pho\\s+thu\\s+tuong|thu\\s+tuong|bo\\s+truong)(?![a-z])");
    private static final Scan ON_BEHALF = scan("(?:T/M|TM\\.|K/T|KT\\.|TL\\.|T/L)\\s*([\\p{Lu} ]{3,60}?)(?=\\s*(?:\\n|$|\\s{2}|[-,]))");
    private static final Pattern ORGAN_WORD = Pattern.compile(
            "(?<![a-z])(?:uy|dang\\s+bo|ban|bo|hoi\\s+dong|van\\s+phong|chi\\s+bo|quoc\\s+hoi|chinh\\s+phu)(?![a-z])");
    private static final Scan RECIPIENTS = scan("(?<![a-z])n[o0]i\\s+nh[a-z]n\\s*:");
    private static final Map<String, String> ROLE_NAMES = Map.ofEntries(
            Map.entry("tong bi thu", "Tổng Bí thư"), Map.entry("pho bi thu", "Phó Bí thư"), Map.entry("bi thu", "Bí thư"), Map.entry("truong ban", "Trưởng ban"),
            Map.entry("pho truong ban", "Phó Trưởng ban"), Map.entry("chu nhiem", "Chủ nhiệm"),
            Map.entry("pho chu nhiem", "Phó Chủ nhiệm"), Map.entry("chanh van phong", "Chánh Văn phòng"),
            Map.entry("pho chanh van phong", "Phó Chánh Văn phòng"), Map.entry("chu tich", "Chủ tịch"),
            Map.entry("pho chu tich", "Phó Chủ tịch"), Map.entry("thu tuong", "Thủ tướng"),
            Map.entry("pho thu tuong", "Phó Thủ tướng"), Map.entry("bo truong", "Bộ trưởng"));

    private final DocTypes types;

    private static Scan scan(String regex) { return Scan.of(Pattern.compile(regex)); }

    public HeaderReader(DocTypes types) { this.types = types; }

    public static HeaderReader standard() { return new HeaderReader(DocTypes.standard()); }

    public Header read(AlignedText text, List<Mention> mentions) {
        String n = text.text();
        String f = text.folded();
        int from = headerStart(n, f);
        List<int[]> lines = lines(n, f, from, HEADER_LINES);
        Top top = announced(f, lines, mentions, portal(f, mentions, top(n, f, lines, mentions)));
        String typeClass = top.typeClass;
        if (typeClass == null && top.self != null && !"Document".equals(top.self.typeClass())) typeClass = top.self.typeClass();
        Title title = top.headingLine >= 0 ? titleBelowHeading(n, f, from, top.headingLine, typeClass)
                : subjectLine(n, lines, top);
        int bodyStart = title.bodyStart;
        // "Kính gửi:" near the top and no heading: an official letter whose header the crawl lost.
        Matcher to = top.headingLine < 0 ? atLineStart(ADDRESSEE, f, Math.min(f.length(), PORTAL_WITHIN)) : null;
        if (to != null) {
            if (typeClass == null) typeClass = "OfficialLetter";
            // The letter's text starts on the first line after the addressees that opens with a capital.
            for (int nl = f.indexOf('\n', to.end()); nl >= 0 && nl + 1 < n.length(); nl = f.indexOf('\n', nl + 1)) {
                if (Character.isUpperCase(n.charAt(nl + 1))) { bodyStart = Math.max(bodyStart, nl + 1); break; }
            }
        }
        List<String> organs = organLines(n, f, lines, top);
        NotationMention self = provinceTu(top.self, organs);
        Closing closing = closing(n, f);
        if (typeClass == null) typeClass = closing.typeClass;
        Signature sig = signature(n, f);
        return new Header(self, typeClass, top.date, top.place, title.text, title.start, title.end, organs, closing.body,
                sig.onBehalf, sig.role, sig.signer, recipients(n, f), bodyStart);
    }

    private boolean citesBefore(String folded) {
        return CITATION_LEAD.matcher(folded).find() || types.anyName().matcher(folded).find();
    }

    /** What the first lines say: the own number, the heading (its type) and the place-date line, by line index. */
    private record Top(NotationMention self, int headingLine, int notationLine, int dateLine, String typeClass,
                       String place, LocalDate date) {}

    private Top top(String n, String f, List<int[]> lines, List<Mention> mentions) {
        NotationMention self = null;
        int headingLine = -1, notationLine = -1, dateLine = -1;
        String typeClass = null, place = null;
        LocalDate date = null;
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            String fl = f.substring(l[0], l[1]).strip();
            String nl = n.substring(l[0], l[1]).strip();
            // The own number stands above the heading, on the "Số:" line or, in a table cell, on the next one.
            // A capital "Số": a line that starts "số 121-KL/TW" continues a sentence wrapped before the number.
            boolean numberLine = NOTATION_LINE.matcher(fl).lookingAt() && startsUpper(nl);
            boolean numberNext = !numberLine && NUMBER_LABEL_ALONE.matcher(fl).matches() && i + 1 < lines.size();
            if (self == null && headingLine < 0 && (numberLine || numberNext)) {
                int[] at = numberNext ? lines.get(i + 1) : l;
                self = notationIn(mentions, at[0], at[1] - 1);
                if (self != null) notationLine = i;
            }
            if (headingLine < 0 && !nl.isEmpty() && nl.length() < 40 && allCaps(nl)) {
                Matcher tm = types.anyName().matcher(NOT_TYPE_NAME.matcher(fl).replaceAll("").strip());
                if (tm.matches()) { headingLine = i; typeClass = types.typeOf(tm).className(); }
            }
            if (date == null && (headingLine < 0 || i < headingLine) && i < 20) {
                Matcher dm = DATE_LINE.matcher(fl);
                // "Bắc Ninh, ngày 24⏎tháng 11 năm 2025": the place-date line broken across lines.
                if (!dm.lookingAt() && i + 1 < lines.size() && fl.length() < 60 && DATE_BROKEN.matcher(fl).find()) {
                    int[] nx = lines.get(i + 1);
                    dm = DATE_LINE.matcher(fl + " " + f.substring(nx[0], nx[1]).strip());
                }
                // "Căn cứ Luật … ngày 19 tháng 6 năm 2015" is a citation's date, not the place-date line.
                if (dm.lookingAt() && (headingLine >= 0 || !dm.group(1).isBlank() || notationLine >= 0) && !citesBefore(dm.group(1))) {
                    date = date(dm.group(4), dm.group(3), dm.group(2));
                    if (date != null) {
                        dateLine = i;
                        String p = EDGE_PUNCT.matcher(nl.substring(0, Math.min(nl.length(), dm.group(1).length()))).replaceAll("");
                        p = NOTATION_PREFIX.matcher(COUNTRY_PREFIX.matcher(p).replaceAll("")).replaceAll("").strip();
                        place = p.isEmpty() ? null : p;
                    }
                }
            }
        }
        return new Top(self, headingLine, notationLine, dateLine, typeClass, place, date);
    }

    /** The first notation that starts in [from, to], as the file's own. */
    private static NotationMention notationIn(List<Mention> mentions, int from, int to) {
        for (Mention m : mentions) {
            if (m instanceof NotationMention nm && m.start() >= from && m.start() <= to) return nm.asSelfHeader();
        }
        return null;
    }

    /**
     * A legal portal's metadata table ("Số hiệu:", "Loại văn bản:", "Ngày ban hành:") stands in for a header the
     * crawl did not keep: it fills what the first lines left open.
     */
    private Top portal(String f, List<Mention> mentions, Top top) {
        int portalTo = Math.min(f.length(), PORTAL_WITHIN);
        NotationMention self = top.self;
        String typeClass = top.typeClass;
        LocalDate date = top.date;
        Matcher pn = self == null ? atLineStart(PORTAL_NUMBER, f, portalTo) : null;
        if (pn != null) self = notationIn(mentions, pn.end(), pn.end() + 2);
        Matcher pt = typeClass == null ? atLineStart(PORTAL_TYPE, f, portalTo) : null;
        if (pt != null) {
            Matcher tm = types.anyName().matcher(f).region(pt.end(), portalTo);
            if (tm.lookingAt()) typeClass = types.typeOf(tm).className();
        }
        Matcher pd = date == null ? atLineStart(PORTAL_DATE, f, portalTo) : null;
        if (pd != null) date = date(pd.group(3), pd.group(2), pd.group(1));
        return new Top(self, top.headingLine, top.notationLine, top.dateLine, typeClass, top.place, date);
    }

    /**
     * A portal's lead tells of a document being issued ("Ngày 14/3/2024, Tỉnh ủy … đã ban hành Chương trình số
     * 58-CTr/TU …") and prints it under a bare heading of its type ("CHƯƠNG TRÌNH"), without its number: the file is
     * that document, when the lead names one of the heading's type and cites none ("Thực hiện …") before it.
     */
    private Top announced(String f, List<int[]> lines, List<Mention> mentions, Top top) {
        if (top.self != null || top.headingLine <= 0 || top.typeClass == null) return top;
        int headingAt = lines.get(top.headingLine)[0];
        NotationMention lead = null;
        for (Mention m : mentions) {
            if (m.start() >= headingAt) break;
            if (!(m instanceof NotationMention nm) || !nm.typeFromWord() || !top.typeClass.equals(nm.typeClass())) continue;
            if (lead != null && !lead.notation().canonical().equals(nm.notation().canonical())) return top;
            if (lead == null) lead = nm;
        }
        if (lead == null || CITATION_LEAD.matcher(f.substring(Math.max(0, f.lastIndexOf('\n', lead.start()) + 1), lead.start())).find()) return top;
        NotationMention self = lead.asSelfHeader();
        return new Top(self, top.headingLine, top.notationLine, top.dateLine, top.typeClass, top.place,
                top.date != null ? top.date : self.date());
    }

    /** "Số 612-KL/TƯ" under "TỈNH ỦY LẠNG SƠN": a province's committee printed its TU as "TƯ". */
    private static NotationMention provinceTu(NotationMention self, List<String> organs) {
        if (self == null || self.notation().state() || !self.notation().issuerCode().equals("TW")
                || !self.printed().toUpperCase(Locale.ROOT).endsWith("Ư")) return self;
        for (String o : organs) {
            String fo = Folding.fold(o).toLowerCase(Locale.ROOT);
            if (fo.contains("trung uong")) return self;
            if (NotationFinder.PROVINCE_COMMITTEE.matcher(fo).find()) {
                return new NotationMention(self.span(), self.group(), self.printed(), self.notation().withIssuer("TU"),
                        self.typeClass(), self.typeFromWord(), self.date(), self.bodyText(), self.terms(), true);
            }
        }
        return self;
    }

    /** A title and its span, and where the running text begins. */
    private record Title(String text, int start, int end, int bodyStart) {}

    /**
     * The lines after the heading, up to a separator or the running text: a line that opens running text
     * ("Thực hiện …", "- Căn cứ …") or ends in ':'; under a title in capitals, a line in mixed case that starts
     * with a capital ("Triển khai Kế hoạch …"), not a subject ("Về …"); under a title in mixed case, a line in
     * capitals (the signer's authority, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") or a sentence with its full stop. A title
     * in capitals may run longer, to the authority.
     */
    private Title titleBelowHeading(String n, String f, int from, int headingLine, String typeClass) {
        List<int[]> all = lines(n, f, from, HEADER_LINES + 10);
        int bodyStart = all.get(headingLine)[1], titleStart = 0, titleEnd = 0;
        boolean capsTitle = false, mixedTitle = false;
        String lastTitleLine = "";
        StringBuilder t = new StringBuilder();
        for (int i = headingLine + 1; i < all.size() && i <= headingLine + TITLE_LINES_IN_CAPITALS; i++) {
            int[] l = all.get(i);
            String fl = f.substring(l[0], l[1]).strip();
            if (SEPARATOR.matcher(fl).matches()) { bodyStart = l[1]; break; }
            String nl = n.substring(l[0], l[1]).strip();
            boolean caps = capsLine(nl);
            if (fl.isEmpty() || i > headingLine + TITLE_LINES && !(caps && capsTitle)) break;
            // Running text starts with a capital ("Thực hiện …"); a title's next line does not ("thực hiện …").
            boolean running = !caps && startsUpper(nl) && (TITLE_STOP.matcher(BULLET.matcher(fl).replaceFirst("")).lookingAt()
                    || capsTitle && !mixedTitle && !SUBJECT_OPENING.matcher(fl).lookingAt() && nl.charAt(0) != '('
                    || mixedTitle && nl.endsWith("."));
            boolean authority = caps && t.length() > 0 && AUTHORITY.matcher(fl).lookingAt() && !TITLE_GOES_ON.matcher(lastTitleLine).find();
            if (running || nl.endsWith(":") || caps && mixedTitle || authority) break;
            lastTitleLine = fl;
            if (caps) capsTitle = true;
            else mixedTitle = true;
            if (t.length() == 0) titleStart = l[0];
            t.append(t.length() == 0 ? "" : " ").append(nl);
            titleEnd = l[1];
            bodyStart = l[1];
        }
        String vi = types.byClass(typeClass).map(DocType::vi).orElse("");
        return new Title(t.length() > 0 ? (vi + " " + t).strip() : null, titleStart, titleEnd, bodyStart);
    }

    /** A line in capitals with a word in it ("VỀ", "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN"; not a notation alone, "15-NQ/TW"). */
    private static boolean capsLine(String nl) { return allCaps(nl) && WORD_OF_LETTERS.matcher(nl).find(); }

    /** An official letter has no heading; its subject line "V/v …" is its title. */
    private static Title subjectLine(String n, List<int[]> lines, Top top) {
        int bodyStart = 0;
        for (int idx : new int[] {top.notationLine, top.dateLine}) {
            if (idx >= 0) bodyStart = Math.max(bodyStart, lines.get(idx)[1]);
        }
        for (int[] l : lines) {
            Matcher vv = SUBJECT_LINE.matcher(n.substring(l[0], l[1]).strip());
            if (vv.lookingAt()) {
                return new Title("Về việc " + vv.group(1).strip(), l[0] + n.substring(l[0], l[1]).indexOf(vv.group(1)), l[1],
                        Math.max(bodyStart, l[1]));
            }
        }
        return new Title(null, 0, 0, bodyStart);
    }

    /** The issuing-body lines in capitals above the heading ("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "HUYỆN ỦY CÁT TIÊN"). */
    private static List<String> organLines(String n, String f, List<int[]> lines, Top top) {
        List<String> organs = new ArrayList<>();
        int organLimit = top.headingLine >= 0 ? top.headingLine : Math.min(lines.size(), 8);
        for (int i = 0; i < organLimit; i++) {
            int[] l = lines.get(i);
            String nl = n.substring(l[0], l[1]).strip();
            String fl = f.substring(l[0], l[1]).strip();
            Matcher ph = PARTY_HEADER.matcher(fl);
            if (ph.find()) { nl = nl.substring(0, Math.min(nl.length(), ph.start())).strip(); fl = fl.substring(0, ph.start()).strip(); }
            if (nl.length() < 4 || i == top.notationLine || i == top.dateLine || !allCaps(nl)) continue;
            if (!ORGAN_WORD.matcher(fl).find()) continue;
            // "VĂN PHÒNG⏎CHÍNH PHỦ": a head that names no one goes on to the next line.
            if (BARE_ORGAN.matcher(fl).matches() && i + 1 < organLimit && i + 1 != top.notationLine && i + 1 != top.dateLine) {
                int[] nx = lines.get(i + 1);
                String next = n.substring(nx[0], nx[1]).strip();
                if (allCaps(next) && !next.isEmpty() && !PARTY_HEADER.matcher(f.substring(nx[0], nx[1])).find()) {
                    nl = nl + " " + next;
                    i++;
                }
            }
            organs.add(nl);
        }
        // No organ line: the portal table's "Nơi ban hành:" names the issuer (its notation's code may be an older body's).
        Matcher pb = organs.isEmpty() ? atLineStart(PORTAL_BODY, f, Math.min(f.length(), PORTAL_WITHIN)) : null;
        if (pb != null) {
            int end = f.indexOf('\n', pb.end());
            String body = n.substring(pb.end(), end < 0 ? n.length() : end).strip();
            if (!body.isEmpty()) organs.add(body);
        }
        return organs;
    }

    private record Closing(String typeClass, String body) {}

    /** "Trên đây là báo cáo … của Đảng ủy Khối …": the type and the body a closing paragraph names. */
    private Closing closing(String n, String f) {
        Matcher cl = CLOSING.matcher(f);
        int closingAt = -1;
        for (int at = 0; CLOSING.find(cl, f, at, f.length()); at = cl.end()) closingAt = cl.end();
        if (closingAt < 0) return new Closing(null, null);
        int end = f.indexOf('.', closingAt);
        if (end < 0) end = Math.min(f.length(), closingAt + 300);
        Matcher tn = types.anyName().matcher(f).region(closingAt, end);
        String typeClass = tn.lookingAt() ? types.typeOf(tn).className() : null;
        Matcher of = OF.matcher(f).region(closingAt, end);
        int bodyAt = -1;
        while (of.find()) bodyAt = of.end();
        return new Closing(typeClass, bodyAt >= 0 ? n.substring(bodyAt, end).replace('\n', ' ').strip() : null);
    }

    private record Signature(String role, String onBehalf, String signer) {}

    /** The signature block: the last role in capitals, on whose behalf, and the name on the last line. */
    private static Signature signature(String n, String f) {
        int tailFrom = Math.max(0, n.length() - SIGNATURE_WITHIN);
        String role = null, onBehalf = null, signer = null;
        // Roles are printed in capitals: only such stretches of the tail are worth the pattern.
        for (int ls = tailFrom; ls < n.length(); ) {
            int le = n.indexOf('\n', ls);
            if (le < 0) le = n.length();
            if (hasUpperRun(n, ls, le)) {
                Matcher rm = ROLE.matcher(f);
                for (int at = ls; ROLE.find(rm, f, at, le); at = rm.end()) {
                    if (rm.start() > 0 && Character.isLetter(f.charAt(rm.start() - 1))) continue;
                    String printed = n.substring(rm.start(), rm.end());
                    if (allCaps(printed)) role = ROLE_NAMES.get(Spaces.collapse(rm.group(1)));
                }
            }
            ls = le + 1;
        }
        Matcher ob = ON_BEHALF.matcher(n);
        for (int at = tailFrom; ON_BEHALF.find(ob, n, at, n.length()); at = ob.end()) onBehalf = ob.group(1).strip();
        String[] tailLines = n.substring(tailFrom).strip().split("\n");
        String last = tailLines.length == 0 ? "" : tailLines[tailLines.length - 1].strip();
        if (PERSON_NAME.matcher(last).matches() && last.length() <= 40 && !allCaps(last)) signer = last;
        return new Signature(role, onBehalf, signer);
    }

    /** "Nơi nhận:" and the "- …" lines under it; a line that starts lower-case continues the one before. */
    private static List<String> recipients(String n, String f) {
        List<String> recipients = new ArrayList<>();
        Matcher rc = RECIPIENTS.matcher(f);
        if (!RECIPIENTS.find(rc, f, Math.max(0, n.length() - SIGNATURE_WITHIN), f.length())) return recipients;
        for (String l : n.substring(rc.end()).split("\n")) {
            String s = l.strip();
            if (!s.startsWith("-")) {
                if (!recipients.isEmpty() && !s.isEmpty() && Character.isLowerCase(s.charAt(0))) {
                    recipients.set(recipients.size() - 1, recipients.get(recipients.size() - 1) + " " + TRAILING_PUNCT.matcher(s).replaceAll(""));
                }
                continue;
            }
            s = TRAILING_PUNCT.matcher(SIGNATURE_TAIL.matcher(s.substring(1).strip()).replaceAll("")).replaceAll("").strip();
            if (!s.isEmpty()) recipients.add(s);
        }
        return recipients;
    }

    /**
     * The pattern matched at the first line start before {@code to} where it matches, or null: a {@code (?m)^}
     * pattern's {@code find} would be tried at every char.
     */
    private static Matcher atLineStart(Pattern p, String f, int to) {
        Matcher m = p.matcher(f);
        for (int ls = 0; ls < to; ) {
            if (m.region(ls, to).lookingAt()) return m;
            int nl = f.indexOf('\n', ls);
            if (nl < 0) break;
            ls = nl + 1;
        }
        return null;
    }

    /** Whether upper-casing would leave the text as it is; stops at the first lower-case char of a long line. */
    static boolean allCaps(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.toUpperCase(c) != c) return false;
        }
        return true;
    }

    private static boolean startsUpper(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i))) return Character.isUpperCase(line.charAt(i));
        }
        return false;
    }

    /** Whether a line holds a run of four or more capital letters (a role or a body in capitals). */
    private static boolean hasUpperRun(String n, int s, int e) {
        int run = 0;
        for (int i = s; i < e; i++) {
            char c = n.charAt(i);
            if (Character.isUpperCase(c)) { if (++run >= 4) return true; } else if (c != ' ') run = 0;
        }
        return false;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * Where the header block starts: a few lines above the national or Party motto in capitals, when a page puts
     * other matter first (a legal portal's copyright notice and metadata table); else the top.
     */
    static int headerStart(String n, String f) {
        int within = Math.min(f.length(), MOTTO_WITHIN);
        int motto = -1;
        for (Scan scan : MOTTOS) {
            Matcher m = scan.matcher(f);
            for (int from = 0; scan.find(m, f, from, motto < 0 ? within : motto); from = m.end()) {
                if (allCaps(n.substring(m.start(), m.end()))) { motto = m.start(); break; }
            }
        }
        if (motto < 0) return 0;
        int at = motto;
        for (int k = 0; k < ORGAN_LINES_ABOVE_MOTTO && at > 0; k++) {
            at = n.lastIndexOf('\n', at - 1);
            while (at > 0 && n.charAt(at - 1) == '\n') at--;
            if (at < 0) return 0;
        }
        return Math.max(0, at);
    }

    /**
     * [start, end) of the first {@code max} non-empty lines from {@code from}; a header whose line breaks were lost
     * is told into its lines again ({@link RunTogetherHeader}).
     */
    private List<int[]> lines(String n, String f, int from, int max) {
        List<int[]> out = new ArrayList<>();
        int s = from;
        while (s < n.length() && out.size() < max) {
            int e = n.indexOf('\n', s);
            if (e < 0) e = n.length();
            if (out.size() <= ORGAN_LINES_ABOVE_MOTTO && RunTogetherHeader.applies(n, s, e)) {
                for (int[] l : RunTogetherHeader.split(n, f, s, e, types.anyName())) if (out.size() < max) out.add(l);
            } else if (!n.substring(s, e).isBlank()) {
                out.add(new int[] {s, e});
            }
            s = e + 1;
        }
        return out;
    }
}
