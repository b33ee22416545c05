package org.vndirective.lineage.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndirective.lineage.extract.LinkFinder.Group;

/**
 * How far a cue reaches: a parser over citation units, not a pattern. "Thực hiện A …; B “…”; C … về việc ban hành
 * Kế hoạch triển khai thực hiện D, E; F …, UBND tỉnh ban hành …" is read as units A, B, C, F (the cue's objects),
 * with C's own chain to D and E, closed by the main clause.
 *
 * <p>A unit is a citation group with what is printed after it: its tail (date, body, term), then a title ("về …"),
 * a quoted title and an alias in brackets. What stands between two units decides how they relate:
 * <ul>
 * <li>only separators (";", ",", "và", a list marker): the next unit is coordinated with this one;</li>
 * <li>a title, then separators: the same, the title belonging to the unit before;</li>
 * <li>a title ending in a cue ("về việc ban hành Kế hoạch triển khai thực hiện"): the next unit is the object of
 *     the unit before, and opens a nested list; ";" closes the nested list, and so does a unit newer than the one
 *     whose object it would be (an object is never newer than its subject);</li>
 * <li>anything else (a main clause "Ủy ban nhân dân tỉnh ban hành …", a sentence's end): the list ends.</li>
 * </ul>
 * Text in brackets and quotes is part of its unit: a group inside it is an alias's, not a new unit.
 */
final class CueScope {
    /** A unit's own chain: "A … về triển khai thực hiện B và C" gives A → B, A → C by the cue. */
    record Chain(Group subject, Cues.Match cue, List<Group> objects) {}

    /**
     * @param items    the units the opening cue governs, in text order
     * @param chains   the chains through the units' titles
     * @param next     index of the first group past the list
     * @param end      where the list's text ends
     * @param declares whether the main clause declares the file's content ("… ban hành Kế hoạch như sau:",
     *                 "… yêu cầu:"), so the cue links the file whatever sentence it stands in
     * @param verbEnd  where the main clause's verb ends ("… Ban Tuyên giáo Tỉnh ủy có"), or -1: a document printed
     *                 right after it is what the sentence issues
     */
    record Parse(List<Group> items, List<Chain> chains, int next, int end, boolean declares, int verbEnd) {}

    private enum Kind { SEPARATOR, TITLE, CHAIN, STOP }

    /** {@code strong}: a ";" or a new list item; {@code comma}: a "," without "và". */
    private record Gap(Kind kind, boolean strong, boolean comma, Cues.Match cue) {
        Gap(Kind kind) { this(kind, false, false, null); }

        static Gap separator(Kind kind, String sep) {
            return new Gap(kind, CueScope.strong(sep), sep.indexOf(',') >= 0 && !AND.matcher(sep).find(), null);
        }
    }

    private static final Pattern AND = Pattern.compile("(?<![a-z])(?:va|hoac|cung voi)(?![a-z])");

    /** A list's separators: ";", ",", "và", a list marker, a crawl's markdown (table bars, emphasis). */
    private static final Pattern SEPARATOR = Pattern.compile(
            "[\\s,;*|_]*(?:(?:va|hoac|cung\\s+voi|[-+•]|\\d+(?:\\.\\d+)*\\.|[a-d]\\))[\\s,;*|_]*)?");
    private static final Pattern SEPARATOR_MARK = Pattern.compile("[,;]|va");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("(?:[\\s,;*|_]|(?<![a-z])va(?![a-z]))+$");
    /** A sentence's end inside a gap: ". " before a capital, ":" (a list's lead), a new list item. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "\\.\\s+(?=[\\p{Lu}\\d\\-+•])|:\\s|\\n\\s*\\n|\\n(?=\\s*(?:[-+•]\\s|\\d+(?:\\.\\d+)*\\.\\s|[IVX]+\\.\\s|[a-d]\\)\\s))");
    /** A body's name can go on past where the tail stopped ("Bộ Văn hóa, Thể thao và Du lịch về …"). */
    private static final int TITLE_LEAD = 40;
    private static final int MAX_GAP = 450;
    private static final int MAX_SUBJECT = 10;
    private static final int SHORT_TAIL = 60;
    private static final int MAX_UNITS = 64;
    /** Relations a unit's title may carry to the next unit. */
    private static final Set<Relation> CHAINED = Set.of(Relation.IMPLEMENTS, Relation.CONTINUES, Relation.GUIDES,
            Relation.REVIEWS);

    private final Cues cues;
    private final Pattern declaration;
    private final Pattern titleStart;
    /** A chaining cue inside a title, before the one that ends it. */
    private final Pattern innerCue;

    CueScope(Cues cues) {
        this.cues = cues;
        this.innerCue = Pattern.compile("(?<![a-z])(?:" + String.join("|", cues.all().stream()
                .filter(c -> CHAINED.contains(c.relation())).map(c -> c.pattern().pattern()).toList()) + ")(?![a-z])");
        this.declaration = cues.declaration();
        this.titleStart = Pattern.compile("\\s*,?\\s*(?:ve|ban\\s+hanh|phe\\s+duyet|quy\\s+dinh|thong\\s+bao|ket\\s+luan|[“\"(]|$)");
    }

    /**
     * The list that starts with group {@code first} of {@code gs} (the cue stands before it). {@code n} is the
     * normalised text (a subject starts with a capital), {@code f} the folded one.
     */
    Parse parse(String n, String f, List<Group> gs, int first) {
        List<Group> items = new ArrayList<>();
        List<Chain> chains = new ArrayList<>();
        items.add(gs.get(first));
        // The open nested lists, innermost last: each unit's chain collects its objects.
        List<Chain> open = new ArrayList<>();
        boolean topComma = false;
        Group prev = gs.get(first);
        int k = first + 1;
        int end = prev.tailEnd();
        // No real list runs past a few dozen units; a table of thousands is no one cue's list, and would cost its
        // every row a walk to its end.
        while (k < gs.size() && k - first < MAX_UNITS) {
            Group g = gs.get(k);
            if (g.leadStart() < end) { k++; continue; }
            int[] blank = new int[1];
            String gap = blanked(f, end, g.leadStart(), blank);
            // A group inside brackets or quotes is an alias or a title's citation, part of the unit before.
            if (blank[0] > 0) { k++; continue; }
            Gap kind = classify(n, f, end, g.leadStart(), gap);
            if (kind.kind() == Kind.STOP) break;
            if (kind.kind() == Kind.CHAIN) {
                Chain c = new Chain(prev, kind.cue(), new ArrayList<>(List.of(g)));
                chains.add(c);
                open.add(c);
            } else {
                boolean strong = kind.strong();
                // ";" closes the nested lists, and so does "," in a list whose items "," separates; a unit newer
                // than a chain's subject cannot be its object, so it belongs further out.
                boolean comma = !strong && kind.comma();
                if (strong || comma && topComma) open.clear();
                while (!open.isEmpty() && (newer(g, open.get(open.size() - 1).subject()) || sibling(g, open.get(open.size() - 1)))) {
                    open.remove(open.size() - 1);
                }
                if (open.isEmpty()) {
                    items.add(g);
                    if (comma) topComma = true;
                } else {
                    open.get(open.size() - 1).objects().add(g);
                }
            }
            prev = g;
            end = g.tailEnd();
            k++;
        }
        int to = k < gs.size() ? gs.get(k).leadStart() : f.length();
        int[] main = mainClause(n, f, end, Math.min(to, end + MAX_GAP), false);
        end = titleEnd(n, f, end, to, main);
        boolean declares = declares(n, f, end, to, main);
        List<Chain> frozen = chains.stream().map(c -> new Chain(c.subject(), c.cue(), List.copyOf(c.objects()))).toList();
        return new Parse(List.copyOf(items), frozen, k, end, declares, main == null ? -1 : main[1]);
    }

    /**
     * Whether the text between a unit (ending at {@code from}) and {@code cue} is the unit's title, so that the cue
     * links the unit to the citation after it. The same test as a gap's chain in {@link #parse}, cheapest part first:
     * it runs for every citation a cue precedes.
     */
    boolean titleChain(String n, String f, int from, Cues.Match cue) {
        int to = cue.start();
        if (from > to || to - from > MAX_GAP || !CHAINED.contains(cue.relation())) return false;
        int semi = f.indexOf(';', from);
        if (semi >= 0 && semi < to) return false;
        int[] open = new int[1];
        String before = blanked(f, from, to, open);
        if (open[0] != 0 || !endsTitle(n, cue, before)) return false;
        return !SENTENCE_END.matcher(n).region(from, cue.end()).find() && !hasMainClause(n, f, from, cue.end());
    }

    /** Whether {@code cue} ends {@code before} as a title's cue that chains its unit to the next citation. */
    private boolean endsTitle(String n, Cues.Match cue, String before) {
        // A capitalised cue word opens a sentence or heading of its own ("…⏎Tổ chức thực hiện Quyết định …");
        // "A về thực hiện Chương trình hành động của Chính phủ về thực hiện B": the unnamed programme carries out B,
        // not A.
        return CHAINED.contains(cue.relation()) && !sentenceCase(n, cue.start()) && titleLike(before)
                && !innerCue.matcher(before).find();
    }

    private Gap classify(String n, String f, int from, int to, String gap) {
        if (to - from > MAX_GAP) return new Gap(Kind.STOP);
        if (SEPARATOR.matcher(gap).matches()) return Gap.separator(Kind.SEPARATOR, gap);
        if (SENTENCE_END.matcher(n).region(from, to).find() || hasMainClause(n, f, from, to)) return new Gap(Kind.STOP);
        Optional<Cues.Match> cue = cues.endingAt(f, from, to);
        if (cue.isPresent()) {
            // The cue must stand outside brackets and quotes (the blanked gap keeps it as printed), after a title.
            int at = cue.get().start() - from;
            boolean outside = gap.substring(at).equals(f.substring(cue.get().start(), to));
            return outside && endsTitle(n, cue.get(), gap.substring(0, at)) ? new Gap(Kind.CHAIN, false, false, cue.get()) : new Gap(Kind.STOP);
        }
        Matcher sep = TRAILING_SEPARATOR.matcher(gap);
        if (sep.find() && SEPARATOR_MARK.matcher(sep.group()).find() && (titleLike(gap.substring(0, sep.start()))
                || shortTail(gap.substring(0, sep.start())))) {
            return Gap.separator(Kind.TITLE, sep.group());
        }
        return new Gap(Kind.STOP);
    }

    /**
     * A title after a unit: "về …", "ban hành …", a quote or alias (blanked), possibly after the rest of a body's
     * name; a ";" in it would end the unit.
     */
    private boolean titleLike(String s) {
        if (s.indexOf(';') >= 0) return false;
        if (titleStart.matcher(s).lookingAt()) return true;
        int ve = s.indexOf(" ve ");
        if (ve < 0) ve = s.indexOf("\nve ");
        return ve >= 0 && ve <= TITLE_LEAD && cues.anyCue().matcher(s.substring(0, ve)).results().findAny().isEmpty();
    }

    /** A short phrase that ends a title (" trên địa bàn tỉnh") after the citation inside it. */
    private boolean shortTail(String s) {
        return s.length() <= SHORT_TAIL && s.indexOf(';') < 0 && !s.strip().startsWith(",") && !cues.anyCue().matcher(s).find();
    }

    private static boolean sentenceCase(String n, int at) {
        return at + 1 < n.length() && Character.isUpperCase(n.charAt(at)) && Character.isLowerCase(n.charAt(at + 1));
    }

    private static boolean strong(String sep) {
        return sep.indexOf(';') >= 0 || sep.matches("(?s).*\\n\\s*(?:[-+•]|\\d+(?:\\.\\d+)*\\.|[a-d]\\)).*");
    }

    /** Where the last unit's title ends: before the main clause, the sentence's end or the next group. */
    private static int titleEnd(String n, String f, int from, int to, int[] main) {
        int limit = Math.min(to, from + MAX_GAP);
        Matcher e = SENTENCE_END.matcher(n).region(from, limit);
        if (e.find()) limit = e.start();
        if (main != null) limit = Math.min(limit, main[0]);
        int s = limit;
        while (s > from && (Character.isWhitespace(f.charAt(s - 1)) || ",;".indexOf(f.charAt(s - 1)) >= 0)) s--;
        return s;
    }

    /**
     * Whether the sentence's main clause, after the list (and perhaps a purpose clause: "…, và để nâng cao …, Ủy
     * ban nhân dân tỉnh yêu cầu:"), declares what the file says ("… ban hành Kế hoạch như sau:").
     */
    private boolean declares(String n, String f, int from, int to, int[] found) {
        int limit = Math.min(to, Math.min(f.length(), from + MAX_GAP));
        int[] m = mainClause(n, f, from, limit, true);
        if (m == null) m = found;
        if (m == null) return false;
        Matcher e = SENTENCE_END.matcher(n).region(from, limit);
        if (e.find() && e.start() < m[0]) return false;
        return declaration.matcher(f).region(m[1], Math.min(f.length(), m[1] + 200)).lookingAt();
    }

    /**
     * Whether a clause opens with a body as the subject of a cue's verb ("Ủy ban Kiểm tra Tỉnh ủy hướng dẫn thực
     * hiện …") and declares the file's content after its object ("…, như sau:").
     */
    boolean speaksAsIssuer(String n, String f, int clauseStart, Cues.Match cue, int objectEnd, int sentenceEnd) {
        int[] m = mainClause(n, f, clauseStart, cue.end(), true);
        if (m == null || m[1] <= cue.start() || objectEnd > sentenceEnd) return false;
        return declaration.matcher(f).region(objectEnd, sentenceEnd).lookingAt();
    }

    private boolean hasMainClause(String n, String f, int from, int to) {
        return mainClause(n, f, from, to, false) != null;
    }

    /**
     * The first main clause in [from, to): after a boundary (",", ";", ".", ":", or {@code from} itself when
     * {@code anchored}) and perhaps a date, a subject of one to ten words that starts with a capital, then a verb
     * printed in lower case ("Ủy ban nhân dân tỉnh ban hành", "…, ngày 05/8/2024 Ban Tuyên giáo Tỉnh ủy có"). Of the
     * verbs one subject could take, the last wins ("Ban Tuyên giáo … có": "giáo" is part of the name). Returns
     * {subject start, verb end}, or null.
     */
    int[] mainClause(String n, String f, int from, int to, boolean anchored) {
        for (int b = from; b < to; b++) {
            if (!anchored && ",;.:".indexOf(f.charAt(b)) < 0) continue;
            int[] m = clauseAt(n, f, anchored && b == from ? b : b + 1, to);
            if (m != null) return m;
            if (anchored) return null;
        }
        return null;
    }

    private int[] clauseAt(String n, String f, int at, int to) {
        int i = skip(f, at, to, " \t\n*|_,;.:");
        Matcher d = cues.mainDate().matcher(f).region(i, to);
        if (d.lookingAt()) i = d.end();
        if (i >= to || !Character.isUpperCase(n.charAt(i))) return null;
        int subject = i;
        int[] best = null;
        Matcher v = cues.mainVerb().matcher(f).region(i, to);
        for (int words = 0; words <= MAX_SUBJECT && i < to; words++) {
            if (words > 0) {
                v.region(i, to);
                if (v.lookingAt() && !Character.isUpperCase(n.charAt(v.start("verb")))) best = new int[] {subject, v.end()};
            }
            int e = i;
            while (e < to && Character.isLetterOrDigit(f.charAt(e))) e++;
            if (e == i || cues.notSubject().contains(f.substring(i, e))) break;
            i = skip(f, e, to, " \t\n*");
        }
        return best;
    }

    private static int skip(String f, int i, int to, String chars) {
        while (i < to && chars.indexOf(f.charAt(i)) >= 0) i++;
        return i;
    }

    /**
     * A text guides one of higher rank (a decree a law, a circular a decree): a unit of the guiding text's own type,
     * after its objects, is the guiding text's sibling ("Nghị định A quy định chi tiết Luật X và Nghị định B").
     */
    private static boolean sibling(Group g, Chain c) {
        return c.cue().relation() == Relation.GUIDES && g.typeClass().equals(c.subject().typeClass())
                && !g.typeClass().equals(c.objects().get(0).typeClass());
    }

    /** Whether the first member of {@code g} is dated after that of {@code subject}. */
    static boolean newer(Group g, Group subject) {
        LocalDate a = dateOf(g.first()), b = dateOf(subject.first());
        return a != null && b != null && a.isAfter(b);
    }

    static LocalDate dateOf(Mention m) {
        return m instanceof NotationMention nm ? nm.date() : null;
    }

    /**
     * The folded text of [from, to) with what stands in brackets and quotes blanked out; {@code open[0]} is set to 1
     * when {@code to} falls inside one.
     */
    static String blanked(String f, int from, int to, int[] open) {
        StringBuilder b = new StringBuilder(to - from);
        int depth = 0;
        boolean curly = false, straight = false;
        for (int i = from; i < to; i++) {
            char c = f.charAt(i);
            boolean inside = depth > 0 || curly || straight;
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (c == '“') curly = true;
            else if (c == '”') curly = false;
            else if (c == '"') straight = !straight;
            b.append(inside || depth > 0 || curly || straight || c == ')' || c == '”' || c == '"' ? ' ' : c);
        }
        open[0] = depth > 0 || curly || straight ? 1 : 0;
        return b.toString();
    }
}
