package org.vndirective.lineage.duty;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndirective.lineage.extract.Header;
import org.vndirective.lineage.text.AlignedText;
import org.vndirective.lineage.text.Folding;
import org.vndirective.lineage.text.Spaces;

/**
 * Duties by cue words, line by line from where the running text begins. A line is a markdown table's row (a table
 * whose header has a "chủ trì" column gives one duty a row), a numbered heading that names a body ("3. Sở Nội vụ:",
 * whose items then lead), or running text cut into sentences. In a sentence the lead is, in this order: the body
 * after giao / đề nghị / yêu cầu; the body before chủ trì; the body the sentence opens with, followed by a task verb;
 * the heading's body. A sentence with a lead and a task verb, a deadline or a report's recipient is a duty.
 */
final class CueDutyFinder implements DutyFinder {
    static final CueDutyFinder STANDARD = new CueDutyFinder(DutyCues.standard());

    /** A list item's or heading's marker: "-", "+", "•", "3.", "3.1.", "a)", "II.". */
    private static final Pattern MARKER = Pattern.compile("\\s*(?:[-+*•–]+\\s*|\\(?(?:[ivxl]+|\\d+(?:\\.\\d+)*|[a-z])[.)/]\\s+|\\d+(?:\\.\\d+)+\\.?\\s+)");
    private static final Pattern NUMBERED = Pattern.compile("\\s*(?:[ivxl]+|\\d+)[.)]\\s+");
    private static final Pattern SEPARATOR_CELL = Pattern.compile("\\s*:?-{2,}:?\\s*");
    /** Words after which a sentence's opening body does not lead ("Sở Nội vụ đã tổ chức …" is what was done). */
    private static final Pattern NOT_A_DUTY = Pattern.compile("(?:da|dang|duoc|la|se|con|chua|cung da|bi)\\b");
    private static final List<String> STOPS = List.of("ve", "de", "trong", "truoc", "nham", "theo", "tai", "da", "dang", "se", "duoc",
            "la", "khi", "neu", "thi", "ngay", "thang", "quy", "voi", "cho", "den", "sau", "hang nam", "dinh ky", "co trach nhiem", "trinh");
    private static final List<String> NOT_BODIES = List.of("so luong", "so lieu", "so ket", "hoi nghi", "truong hop", "bo sung", "ban hanh",
            "cac nhiem vu", "cac noi dung", "cac giai phap", "cac chi tieu", "cac hoat dong", "cac van ban", "cac muc tieu", "cac chuong trinh",
            "co quan chuc nang", "xa hoi", "phuong an", "phuong thuc", "phuong cham", "bao cao", "to chuc thuc hien", "dia phuong hoa", "don vi tinh");
    private static final List<String> PLURAL_AFTER_CAC = List.of("nganh", "cap", "huyen", "tinh", "quan", "thi xa", "thanh pho", "dia phuong", "don vi", "co quan");

    private final DutyCues cues;

    CueDutyFinder(DutyCues cues) { this.cues = cues; }

    @Override
    public List<Duty> find(AlignedText aligned, Header header) {
        String t = aligned.text();
        String f = Folding.fold(t);
        boolean report = header != null && "Report".equals(header.typeClass());
        List<Duty> out = new ArrayList<>();
        BodyName heading = null;
        int i = header != null ? Math.min(Math.max(0, header.bodyStart()), t.length()) : 0;
        List<int[]> tables = tables(aligned, i, out);
        // Where the cue words stand, found once for the file: a sentence without one is passed over cheaply.
        // (String.indexOf of the cues' first words, not their patterns: a regex tried at every offset of the file
        // was most of the stage's time.)
        Cuesites at = new Cuesites(positions(f, "giao", "de nghi", "yeu cau", "phan cong"), positions(f, "chu tri"), positions(f, "nhu sau"));
        Matcher mk = MARKER.matcher(f), num = NUMBERED.matcher(f);
        while (i < t.length()) {
            int nl = t.indexOf('\n', i);
            int le = nl < 0 ? t.length() : nl;
            int ls = i;
            i = le + 1;
            while (ls < le && Character.isWhitespace(t.charAt(ls))) ls++;
            if (ls >= le) continue;
            // A line wrapped inside a sentence (a PDF's text) goes on: up to a line that ends a sentence or a
            // clause, or before one that opens with a list marker.
            int lineStart = ls;
            while (i < t.length() && ".:;!?|".indexOf(lastChar(t, ls, le)) < 0) {
                int nn = t.indexOf('\n', i);
                int ne = nn < 0 ? t.length() : nn;
                int ns = i;
                while (ns < ne && Character.isWhitespace(t.charAt(ns))) ns++;
                if (ns >= ne || t.charAt(ns) == '|' || mk.region(ns, ne).lookingAt() || inTable(tables, ns)) break;
                // Not after a heading in capitals ("III. TỔ CHỨC THỰC HIỆN"), nor after a short line unless the next
                // one goes on in lower case.
                if (noLowerCase(t, lineStart, le)
                        || le - lineStart < 60 && !Character.isLowerCase(t.charAt(ns)) && !Character.isDigit(t.charAt(ns))) break;
                lineStart = ns;
                le = ne;
                i = ne + 1;
            }
            if (inTable(tables, ls)) continue;
            int s = ls;
            mk.region(ls, le);
            boolean numbered = num.region(ls, le).lookingAt();
            if (mk.lookingAt()) s = mk.end();
            if (numbered || (mk.lookingAt() && !f.startsWith("-", ls) && !f.startsWith("+", ls) && !f.startsWith("•", ls))) {
                BodyName h = heading(t, f, s, le);
                if (h != null) {
                    heading = h;
                    int colon = indexIn(t, ':', h.end(), le);
                    s = colon >= 0 ? colon + 1 : le;
                } else if (numbered) {
                    heading = null;
                }
            }
            for (int[] u : sentences(t, s, le)) sentence(t, f, u[0], u[1], heading, report, at, out);
        }
        out.sort(java.util.Comparator.comparingInt(Duty::start));
        return List.copyOf(out);
    }

    /** Where {@code what} starts in {@code [from, to)} of {@code s}, or -1 (a bounded indexOf: never past {@code to}). */
    private static int indexIn(String s, String what, int from, int to) {
        for (int i = from, last = to - what.length(); i <= last; i++) if (s.startsWith(what, i)) return i;
        return -1;
    }

    private static int indexIn(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) == c) return i;
        return -1;
    }

    private static boolean noLowerCase(String t, int s, int e) {
        for (int i = s; i < e; i++) if (Character.isLowerCase(t.charAt(i))) return false;
        return true;
    }

    private static char lastChar(String t, int s, int e) {
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
        return e > s ? t.charAt(e - 1) : '.';
    }

    private static boolean inTable(List<int[]> tables, int at) {
        for (int[] r : tables) if (at >= r[0] && at < r[1]) return true;
        return false;
    }

    /**
     * The task tables, read from the original text (the normaliser turns a markdown table's cells into lines): their
     * duties, and where each table is in the normalised text, whose lines the sentence pass then leaves alone.
     */
    private List<int[]> tables(AlignedText aligned, int bodyStart, List<Duty> out) {
        String o = aligned.source().original();
        if (o.indexOf('|') < 0) return List.of();
        String fo = Folding.fold(o);
        List<int[]> ranges = new ArrayList<>();
        Table table = null;
        int tableStart = -1;
        int from = aligned.originalStart(Math.min(bodyStart, Math.max(0, aligned.length() - 1)));
        for (int i = from; i < o.length(); ) {
            int nl = o.indexOf('\n', i);
            int le = nl < 0 ? o.length() : nl;
            int ls = i;
            i = le + 1;
            while (ls < le && Character.isWhitespace(o.charAt(ls))) ls++;
            boolean row = ls < le && o.charAt(ls) == '|';
            if (row) {
                if (table == null) tableStart = ls;
                table = tableLine(aligned, o, fo, ls, le, table, out);
            }
            if (!row || i >= o.length()) {
                if (table != null && !table.skip()) ranges.add(new int[] {normalised(aligned, tableStart), normalised(aligned, row ? le : ls)});
                table = null;
            }
        }
        return ranges;
    }

    /** The first offset of the normalised text at or after an original offset. */
    private static int normalised(AlignedText a, int original) {
        int lo = 0, hi = a.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a.originalStart(mid) < original) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** "Sở Nội vụ:" or "Đề nghị Ủy ban MTTQ tỉnh:" after a heading's marker: the body its items are for. */
    private BodyName heading(String t, String f, int s, int le) {
        int colon = indexIn(t, ':', s, le);
        int end = colon >= 0 ? colon : le;
        int p = s;
        Matcher a = cues.assign.pattern().matcher(f).region(s, end);
        if (a.lookingAt()) p = a.end();
        BodyName b = body(t, f, p, end, true);
        if (b == null) return null;
        // The whole heading is the name: "3. Sở Nội vụ" or "3. Sở Nội vụ: …", not "3. Sở Nội vụ chủ trì …".
        int rest = b.end();
        while (rest < end && (Character.isWhitespace(f.charAt(rest)) || f.charAt(rest) == ',')) rest++;
        return rest >= end ? b : null;
    }

    /** Cut at ". " (or "!", "?") before a capital. */
    private static List<int[]> sentences(String t, int s, int e) {
        List<int[]> out = new ArrayList<>();
        int from = s;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            int j = i + 1;
            while (j < e && Character.isWhitespace(t.charAt(j))) j++;
            if (j > i + 1 && j < e && Character.isUpperCase(t.charAt(j))) {
                out.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        if (from < e) out.add(new int[] {from, e});
        return out;
    }

    /** Where any of the words starts in the folded text, sorted. */
    private static int[] positions(String f, String... words) {
        int[] out = new int[16];
        int n = 0;
        for (String w : words) {
            for (int i = f.indexOf(w); i >= 0; i = f.indexOf(w, i + 1)) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
                out[n++] = i;
            }
        }
        out = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(out);
        return out;
    }

    /** The starts of a file's cue words, sorted. */
    private record Cuesites(int[] assign, int[] lead, int[] nhuSau) {
        boolean any(int[] starts, int s, int e) {
            int i = first(starts, s);
            return i < starts.length && starts[i] < e;
        }

        /** The index of the first start at or after {@code s}. */
        int first(int[] starts, int s) {
            int i = java.util.Arrays.binarySearch(starts, s);
            return i < 0 ? -i - 1 : i;
        }
    }

    private void sentence(String t, String f, int s, int e, BodyName heading, boolean report, Cuesites at, List<Duty> out) {
        while (s < e && (Character.isWhitespace(f.charAt(s)) || "-+•*;,".indexOf(f.charAt(s)) >= 0)) s++;
        while (e > s && Character.isWhitespace(f.charAt(e - 1))) e--;
        if (e - s < 6) return;
        // "Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:": the document introducing itself, no duty.
        if (at.any(at.nhuSau, s, e)) return;
        boolean assigned = at.any(at.assign, s, e), led = at.any(at.lead, s, e);
        if (!assigned && !led && (heading == null || report) && (report || cues.headAt(f, s, e) < 0)) return;
        BodyName lead = null;
        String cue = null;
        int taskFrom = s;
        // The cue tried only where its first word stands (its look-behinds see before the sentence).
        Matcher a = cues.assign.pattern().matcher(f).useTransparentBounds(true);
        for (int k = assigned ? at.first(at.assign, s) : at.assign.length; lead == null && k < at.assign.length && at.assign[k] < e; k++) {
            if (!a.region(at.assign[k], e).lookingAt()) continue;
            if (a.start() > 0 && Character.isLetterOrDigit(f.charAt(a.start() - 1))) continue;
            BodyName b = body(t, f, a.end(), e, true);
            if (b == null) continue;
            lead = b;
            cue = Spaces.collapse(f.substring(a.start(), a.end())).strip();
            taskFrom = b.end();
            Matcher c = cues.lead.pattern().matcher(f).region(skipPunct(f, b.end(), e), e);
            if (c.lookingAt()) {
                cue += " … " + Spaces.collapse(c.group());
                taskFrom = c.end();
            }
        }
        if (lead == null && led) {
            Matcher c = cues.lead.pattern().matcher(f).region(s, e);
            if (c.find()) {
                int p = s;
                Matcher g = cues.assign.pattern().matcher(f).region(s, c.start());
                if (g.lookingAt()) p = g.end();
                BodyName b = p >= c.start() ? null : body(t, f, p, e, true);
                if (b != null && skipPunct(f, b.end(), e) == c.start()) {
                    lead = b;
                } else if (skipPunct(f, p, e) == c.start() && heading != null) {
                    lead = heading;
                }
                if (lead != null) {
                    cue = "chu tri";
                    taskFrom = c.end();
                }
            }
        }
        if (lead == null && !report && Character.isUpperCase(t.charAt(s))) {
            BodyName b = body(t, f, s, e, true);
            if (b != null) {
                int v = skipPunct(f, b.end(), e);
                int ve = cues.verbAt(f, v, e);
                if (ve > 0 && !NOT_A_DUTY.matcher(f).region(v, e).lookingAt()) {
                    lead = b;
                    cue = f.substring(v, ve);
                    taskFrom = v;
                }
            }
        }
        if (lead == null && !report && heading != null && cues.verbAt(f, s, e) > 0) {
            lead = heading;
            cue = "muc";
        }
        if (lead == null) return;

        List<BodyName> support = new ArrayList<>();
        Matcher sp = cues.support.pattern().matcher(f).region(s, e);
        while (sp.find()) {
            if (sp.start() > 0 && Character.isLetterOrDigit(f.charAt(sp.start() - 1))) continue;
            BodyName b = body(t, f, sp.end(), e, true);
            if (b != null) {
                support.addAll(parts(t, f, b));
                break;
            }
        }
        BodyName to = null, via = null;
        int reportAt = -1;
        Matcher rp = cues.report.pattern().matcher(f).region(s, e);
        while (to == null && rp.find()) {
            if (rp.start() > 0 && Character.isLetterOrDigit(f.charAt(rp.start() - 1))) continue;
            to = body(t, f, rp.end(), e, true);
            if (to == null) continue;
            reportAt = rp.start();
            int v = skipSpace(f, to.end(), e);
            Matcher q = cues.via.pattern().matcher(f).region(v, e);
            if (q.lookingAt()) via = body(t, f, q.end(), e, true);
            if (to.plural() && parts(t, f, to).size() > 1) to = parts(t, f, to).get(0);
        }
        Deadline d = Deadlines.in(t, f, s, e, false);
        String u = f.substring(s, e);
        boolean verb = hasVerb(f, taskFrom, e);
        if (!verb && d == null && to == null) return;
        Matcher plan = cues.plan.pattern().matcher(u);
        int planAt = plan.find() ? s + plan.start() : -1;
        DutyKind kind = planAt >= 0 && (reportAt < 0 || planAt < reportAt) ? DutyKind.PLAN
                : reportAt >= 0 ? DutyKind.REPORT
                : cues.target.pattern().matcher(u).find() ? DutyKind.TARGET : DutyKind.TASK;
        String task = Spaces.collapse(t.substring(skipPunct(f, taskFrom, e), e)).strip();
        if (task.endsWith(".") || task.endsWith(";")) task = task.substring(0, task.length() - 1).strip();
        if (task.isEmpty()) task = Spaces.collapse(t.substring(s, e)).strip();
        out.add(new Duty(kind, lead, support, to, via, d, task, cue, s, e));
    }

    private boolean hasVerb(String f, int s, int e) {
        for (int p = s; p < e; p++) {
            if ((p == 0 || !Character.isLetterOrDigit(f.charAt(p - 1))) && cues.verbAt(f, p, e) > 0) return true;
        }
        return false;
    }

    /**
     * The body named at {@code p} (after spaces and commas): a head word ("Sở", "UBND", "các"), then the words of its
     * name up to a task verb, a word that ends a name ("về", "trước", "để"), or a stop ({@code :;.()}); commas and
     * "và" join the bodies of a list. Null when no body starts there.
     */
    BodyName body(String t, String f, int p, int e, boolean requireHead) {
        p = skipPunct(f, p, e);
        if (p >= e || cues.verbAt(f, p, e) > 0) return null;
        for (String n : NOT_BODIES) if (f.startsWith(n, p) && (p + n.length() >= f.length() || !Character.isLetterOrDigit(f.charAt(p + n.length())))) return null;
        int h = cues.headAt(f, p, e);
        if (requireHead && h < 0) return null;
        if (f.startsWith("cac", p) && h == p + 3) {
            int w = skipSpace(f, h, e);
            if (cues.headAt(f, w, e) < 0 && PLURAL_AFTER_CAC.stream().noneMatch(x -> f.startsWith(x, w))) return null;
        }
        // "Sở Nội vụ", "Ban Tuyên giáo", "Bộ Công an": a one-word head and the name's first word are capitalised
        // ("ban hành", "bộ máy", "sở dĩ" are no bodies).
        if (h > 0 && f.indexOf(' ', p) >= h && !cues.isComplete(f.substring(p, h))) {
            int w = skipSpace(f, h, e);
            if (w < e && Character.isLetter(t.charAt(w)) && !Character.isUpperCase(t.charAt(w)) && !f.startsWith("cac", p)) return null;
        }
        if (f.startsWith("so", p) && h == p + 2 && h + 1 < e && Character.isDigit(f.charAt(skipSpace(f, h, e)))) return null;
        int end = h;
        int w = h;
        boolean first = true;
        while (true) {
            while (w < e && (f.charAt(w) == ' ' || f.charAt(w) == ',' || f.charAt(w) == '\t' || f.charAt(w) == '\n' || f.charAt(w) == '\r'
                    || f.charAt(w) == '-' && w + 1 < e && f.charAt(w + 1) == ' ')) w++;
            if (w >= e) break;
            char c = f.charAt(w);
            if (":;.()\"“”[]|".indexOf(c) >= 0) break;
            // The word after the head is part of the name ("Sở Xây dựng", "Sở Tài chính"), as is a noun after
            // "các" ("các tổ chức chính trị - xã hội").
            boolean free = first && !cues.isComplete(f.substring(p, h)) || end >= 3 && f.startsWith("cac", end - 3) && (end == 3 || f.charAt(end - 4) == ' ');
            if (!free && (cues.verbAt(f, w, e) > 0 || stopAt(f, w, e))) break;
            int we = w;
            while (we < e && (Character.isLetterOrDigit(f.charAt(we)) || f.charAt(we) == '-' && we + 1 < e && f.charAt(we + 1) != ' ' || f.charAt(we) == '/')) we++;
            if (we == w) break;
            end = we;
            w = we;
            first = false;
        }
        // Not "…, và" or "… các" at the end.
        String tail = f.substring(p, end);
        while (tail.endsWith(" va") || tail.endsWith(" cac")) {
            end -= tail.endsWith(" va") ? 3 : 4;
            tail = f.substring(p, end);
        }
        String printed = Spaces.collapse(t.substring(p, end)).strip();
        if (printed.isEmpty()) return null;
        String fp = " " + tail + " ";
        boolean plural = fp.contains(" cac ") || fp.contains(" nhung ");
        BodyName b = new BodyName(printed, plural, p, end);
        return !plural && parts(t, f, b).size() > 1 ? new BodyName(printed, true, p, end) : b;
    }

    /** A list of bodies cut where a new head starts after a comma or "và": "Sở Tài chính, Sở Nội vụ và Công an tỉnh". */
    List<BodyName> parts(String t, String f, BodyName b) {
        List<BodyName> out = new ArrayList<>();
        int from = b.start();
        for (int p = b.start(); p < b.end(); p++) {
            int next = -1;
            if (f.charAt(p) == ',' || f.charAt(p) == ';') next = skipSpace(f, p + 1, b.end());
            else if (f.startsWith(" va ", p)) next = p + 4;
            if (next < 0 || next >= b.end()) continue;
            int he = cues.headAt(f, next, b.end());
            // "các sở, ban, ngành": a bare kind in a list of kinds is no new body; "…, UBND các huyện" is.
            int after = skipSpace(f, Math.max(he, 0), b.end());
            if (he < 0 || after >= b.end() || f.charAt(after) == ',' || f.startsWith("va ", after)) continue;
            if (from < p) out.add(part(t, f, from, p));
            from = next;
        }
        if (from < b.end()) out.add(part(t, f, from, b.end()));
        return out;
    }

    private static BodyName part(String t, String f, int s, int e) {
        String fp = " " + f.substring(s, e) + " ";
        return new BodyName(Spaces.collapse(t.substring(s, e)).strip(), fp.contains(" cac ") || fp.contains(" nhung "), s, e);
    }

    private static boolean stopAt(String f, int w, int e) {
        // "thị xã", "đảng ủy", "đảng bộ" are names, not "thì", "đang".
        if (f.startsWith("thi xa", w) || f.startsWith("dang uy", w) || f.startsWith("dang bo", w) || f.startsWith("dang doan", w)) return false;
        for (String s : STOPS) {
            int x = w + s.length();
            if (x <= e && f.startsWith(s, w) && (x == f.length() || !Character.isLetterOrDigit(f.charAt(x)))) return true;
        }
        return false;
    }

    private static int skipPunct(String f, int p, int e) {
        while (p < e && (Character.isWhitespace(f.charAt(p)) || ",:;-".indexOf(f.charAt(p)) >= 0)) p++;
        return p;
    }

    private static int skipSpace(String f, int p, int e) {
        while (p < e && Character.isWhitespace(f.charAt(p))) p++;
        return p;
    }

    // ---------------------------------------------------------------- markdown tables

    /** A task table's columns (-1: none); {@code skip} for a table that is not one. */
    private record Table(int task, int lead, int support, int deadline, boolean skip) {}

    private Table tableLine(AlignedText aligned, String t, String f, int ls, int le, Table table, List<Duty> out) {
        List<int[]> cells = cells(f, ls, le);
        if (table == null) {
            int task = -1, lead = -1, support = -1, deadline = -1;
            for (int c = 0; c < cells.size(); c++) {
                String h = f.substring(cells.get(c)[0], cells.get(c)[1]);
                if (lead < 0 && h.contains("chu tri")) lead = c;
                else if (support < 0 && h.contains("phoi hop")) support = c;
                else if (deadline < 0 && (h.contains("thoi gian") || h.contains("thoi han") || h.contains("hoan thanh") || h.contains("tien do"))) deadline = c;
                else if (task < 0 && (h.contains("noi dung") || h.contains("nhiem vu") || h.contains("cong viec") || h.contains("hoat dong") || h.contains("ten"))) task = c;
            }
            return lead < 0 ? new Table(-1, -1, -1, -1, true) : new Table(task, lead, support, deadline, false);
        }
        if (table.skip() || cells.stream().allMatch(c -> SEPARATOR_CELL.matcher(f.substring(c[0], c[1])).matches() || c[0] == c[1])) return table;
        int[] leadCell = table.lead() < cells.size() ? cells.get(table.lead()) : null;
        if (leadCell == null) return table;
        BodyName lead = cellBody(t, f, leadCell);
        if (lead == null) return table;
        String task = table.task() >= 0 && table.task() < cells.size() ? cellText(t, cells.get(table.task())) : "";
        if (task.isEmpty()) return table;
        List<BodyName> support = new ArrayList<>();
        if (table.support() >= 0 && table.support() < cells.size()) {
            BodyName s = cellBody(t, f, cells.get(table.support()));
            if (s != null) support.addAll(parts(t, f, s));
        }
        Deadline d = null;
        if (table.deadline() >= 0 && table.deadline() < cells.size()) {
            int[] c = cells.get(table.deadline());
            d = Deadlines.in(t, f, c[0], c[1], true);
        }
        int[] tc = cells.get(table.task());
        String ft = f.substring(tc[0], tc[1]);
        DutyKind kind = cues.plan.pattern().matcher(ft).find() ? DutyKind.PLAN
                : cues.report.pattern().matcher(ft + " ").lookingAt() ? DutyKind.REPORT
                : cues.target.pattern().matcher(ft).find() ? DutyKind.TARGET : DutyKind.TASK;
        int s = normalised(aligned, ls + 1), e = Math.max(s + 1, normalised(aligned, le));
        out.add(new Duty(kind, lead, support, null, null, d, task, "bang: co quan chu tri", s, Math.min(e, aligned.length())));
        return table;
    }

    /** A cell's body: any name (a table's column says it is one), a list as a class of bodies. */
    private BodyName cellBody(String t, String f, int[] c) {
        String printed = cellText(t, c);
        if (printed.isEmpty() || printed.equals("-")) return null;
        int s = c[0];
        while (s < c[1] && Character.isWhitespace(f.charAt(s))) s++;
        int e = c[1];
        while (e > s && Character.isWhitespace(f.charAt(e - 1))) e--;
        String fp = " " + f.substring(s, e) + " ";
        BodyName b = new BodyName(printed, fp.contains(" cac ") || fp.contains(" nhung "), s, e);
        return !b.plural() && parts(t, f, b).size() > 1 ? new BodyName(printed, true, s, e) : b;
    }

    private static String cellText(String t, int[] c) { return Spaces.collapse(t.substring(c[0], c[1]).replace("<br>", " ")).strip(); }

    private static List<int[]> cells(String f, int ls, int le) {
        List<int[]> out = new ArrayList<>();
        int end = le;
        while (end > ls && Character.isWhitespace(f.charAt(end - 1))) end--;
        int from = ls + 1;
        for (int p = from; p < end; p++) {
            if (f.charAt(p) == '|') {
                out.add(new int[] {from, p});
                from = p + 1;
            }
        }
        if (from < end) out.add(new int[] {from, end});
        return out;
    }
}
