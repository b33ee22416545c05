package org.vndirective.lineage.extract;

import org.vndirective.lineage.text.Spaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndirective.lineage.text.AlignedText;

/**
 * Types the links a text states between the documents it mentions. Three constructions, all read from cue phrases
 * in {@code cues.json}:
 * <ul>
 * <li>a chain, cue between two adjacent mentions: "A … thực hiện B … về tiếp tục thực hiện C" gives A→B, B→C;</li>
 * <li>the file's own document, when a self-eligible cue (sơ kết, căn cứ, theo …) or any cue in the title opens a
 *     clause: "Hội nghị sơ kết 05 năm thực hiện Kế hoạch số 59-KH/TU";</li>
 * <li>a fronted sentence: "Thực hiện X, Tỉnh ủy ban hành Chương trình hành động số Y; … Kế hoạch số Z" gives Y→X,
 *     Z→X, or, in a plan's opening with nothing issued by number, the file's own document → X.</li>
 * </ul>
 */
public final class LinkFinder {
    /**
     * Between a document and the cue that links it: nothing, "ban hành Kế hoạch hành động của Chính phủ", or "(năm
     * 2024) có hiệu lực kể từ ngày ký và" before "thay thế".
     */
    private static final Pattern ADJACENT = Pattern.compile(
            "^\\s*[)”\"]?\\s*,?\\s*(?:(?:nam\\s+\\d{4}\\s+)?co\\s+hieu\\s+luc(?:\\s+thi\\s+hanh)?(?:\\s+ke)?\\s+tu\\s+ngay[^;.()]{0,40}?\\s+)?(?:(?:va|de|nham)\\s+)?(?:(?:da\\s+|co\\s+)?ban\\s+hanh\\s+(?:[^\\s,;.()]+\\s+){0,10})?(?:ve\\s+(?:viec\\s+)?)?$");
    /** "Luật X được sửa đổi, bổ sung bởi Luật Y": the later document comes after the cue. */
    private static final Pattern PASSIVE = Pattern.compile("(?:^|[\\s(])(?:duoc|bi)\\s+$");
    /** "sửa đổi, bổ sung (một số điều) bởi/tại/theo Y": by or in Y, so Y amends, with or without "được" before. */
    private static final Pattern BY = Pattern.compile("(?:sung|chinh)(?:\\s+cap\\s+nhat)?(?:\\s+mot\\s+so\\s+dieu)?\\s+(?:boi|tai|theo)(?:\\s|$)");
    /** "… tại Luật sửa đổi, bổ sung … của Luật X": the amending law goes unnamed; X is amended, it amends nothing. */
    private static final Pattern UNNAMED_AMENDER = Pattern.compile("(?:boi|tai)\\s+(?:luat|nghi\\s+quyet|nghi\\s+dinh)\\s+sua\\s+doi");
    /** "… ban hành" right before a type word: the document being issued. */
    private static final Pattern ISSUES_END = Pattern.compile("ban\\s+hanh\\s*$");
    /** A target's title, then "và": "về Kết luận của Thủ tướng … năm học 2025 - 2026 và". */
    private static final Pattern ENUMERATION = Pattern.compile("^\\s*[,;]?\\s*(?:va\\s+)?$");
    /** A list item's marker: "-", "2.1.", "iv.", "a)". */
    private static final String ITEM_MARKER = "(?:[-+•*]|\\d+(?:\\.\\d+)*\\.?|[ivx]+\\.|[a-d]\\))";
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*" + ITEM_MARKER + "\\s");
    private static final Set<String> NOT_IMPLEMENTING = Set.of("Report", "Conclusion", "Notice", "Submission");
    private static final int OPENING_SENTENCES = 3;
    private static final int MAX_EVIDENCE = 400;
    private static final int MAX_TITLE = 250;
    private static final Pattern LIST_ITEM_OR_BLANK = Pattern.compile("\\s*" + ITEM_MARKER + "?\\s*");
    private static final int ISSUED_REACH = 60;
    private static final int MAIN_VERB_REACH = 12;
    private static final int PURPOSE_REACH = 4000;
    /** A purpose section's heading line: "I. MỤC ĐÍCH, YÊU CẦU", "**1. Mục đích**", "Mục đích:". */
    private static final Pattern PURPOSE_HEADING = Pattern.compile(
            "(?m)^[ \\t*#|]*(?:(?:[ivx]+|\\d+)\\.[ \\t]*)?(?:\\*\\*)?muc\\s+dich[^\\n]{0,40}$");
    private static final Pattern ROMAN_HEADING = Pattern.compile("(?m)^[ \\t*#|]*(?:ii|iii|iv|v|vi)\\.\\s");
    /** What a predicate's cue follows mid-sentence: "… và thực hiện", "…, thực hiện". */
    private static final Pattern PREDICATE_BEFORE = Pattern.compile("(?:(?<![a-z])va|,)\\s*$");

    private final Cues cues;
    private final DocTypes types;
    private final Pattern selfReference;
    private final Pattern typeSubject;
    private final Cues.Cue basedOnCue;
    private final LegalRanks ranks = LegalRanks.standard();
    private final CueScope scope;
    private static final Set<Relation> LINEAGE_CUES = Set.of(Relation.IMPLEMENTS, Relation.CONTINUES, Relation.GUIDES);
    /** "Căn cứ các Quyết định của Thủ tướng …:" before a list, or a "1.3. Căn cứ pháp lý" heading line. */
    private static final Pattern BASED_ON_LIST = Pattern.compile(
            "\\s*(?:[-+•*]\\s*|\\d+(?:\\.\\d+)*\\.?\\s+)?(c[aă]n\\s+c[uư])[^;:.]{0,300}:");
    private static final Pattern BASED_ON_HEADING = Pattern.compile(
            "\\s*(?:\\d+(?:\\.\\d+)*\\.?\\s+|[ivx]+\\.\\s+)?(c[aă]n\\s+c[uư])(?:\\s+phap\\s+ly)?[^.;:]{0,60}:?\\s*");
    private static final Pattern BASED_ON_OPENING = Pattern.compile("\\s*(?:[-+•*]\\s*)?(c[aă]n\\s+c[uư])\\s");
    private static final Pattern ITEM_START = Pattern.compile("\\s*[-+•*]\\s*(?:van\\s+ban\\s+)?");

    public LinkFinder(Cues cues, DocTypes types) {
        this.cues = cues;
        this.types = types;
        this.scope = new CueScope(cues);
        this.basedOnCue = cues.all().stream().filter(c -> c.relation() == Relation.BASED_ON).findFirst().orElseThrow();
        this.typeSubject = Pattern.compile("\\s*(?:[-+•*]\\s*)?(?:(?:muc\\s+dich|muc\\s+tieu|noi\\s+dung)\\s+(?:cua\\s+)?)?(?:"
                + types.anyName().pattern() + ")\\s+(?:(?:neu\\s+ro|nham|de\\s+ra|yeu\\s+cau|xac\\s+dinh)\\s*,?\\s*)?");
        this.selfReference = Pattern.compile("(?:" + types.anyName().pattern() + ")\\s+nay\\s*,?\\s*(?:(?:se|duoc|da)\\s+)?(?:ve\\s+(?:viec\\s+)?)?$");
    }

    /** One shared instance: its patterns are compiled once (it holds no state between calls). */
    public static LinkFinder standard() { return STANDARD; }

    private static final LinkFinder STANDARD = new LinkFinder(Cues.standard(), DocTypes.standard());

    /** A list printed as one ("18, 19-NQ/TW"): its members, where its lead starts and its tail ends. */
    record Group(List<Mention> members, int leadStart, int tailEnd) {
        Mention first() { return members.get(0); }
        String typeClass() { return first().typeClass(); }
    }

    public List<Link> find(AlignedText text, Header header, List<Mention> mentions) {
        // Every link has a cited document as its object: a text that cites none has no sentence worth splitting.
        if (mentions.isEmpty()) return List.of();
        String f = text.folded();
        List<Group> groups = groups(mentions);
        // No link reaches past the last citation's tail: the text after that sentence is not split.
        int lastTail = mentions.stream().mapToInt(Mention::tailEnd).max().orElse(0);
        List<int[]> sentences = Sentences.split(text.text(), header.bodyStart(), lastTail);
        List<Link> links = new ArrayList<>();
        List<Mention> about = header.typeClass() == null && header.self() == null ? about(text.text(), groups) : null;
        int bodySentence = 0;
        int[] purpose = purposeSection(f, header);
        Cues.Match heading = null;
        for (int[] s : sentences) {
            List<Group> inSentence = within(groups, s[0], s[1]);
            if (s[0] >= header.bodyStart()) bodySentence++;
            if (inSentence.isEmpty()) {
                if (f.substring(s[0], s[1]).isBlank()) continue;
                Matcher h = BASED_ON_HEADING.matcher(f).region(s[0], s[1]);
                heading = header.typeClass() != null && h.matches() ? new Cues.Match(basedOnCue, h.start(1), h.end(1)) : null;
                continue;
            }
            // "1.3. Căn cứ pháp lý" over a list: each item that opens with a document is a basis of the file.
            // A list's lead may start before the sentence that holds its first number: then no item opens with it.
            int lead = inSentence.get(0).leadStart();
            Matcher item = ITEM_START.matcher(f).region(s[0], Math.max(s[0], lead));
            if (heading != null && lead >= s[0] && item.matches()) link(null, Relation.BASED_ON, inSentence.get(0).members(), heading, f, s, links);
            else heading = null;
            Cues.Match basedOn = fronted(text.text(), f, header, about, s, groups, firstWithin(groups, s[0]), inSentence,
                    bodySentence, purpose, sentences, links);
            if (basedOn == null && bodySentence > 0) basedOnList(f, header, s, inSentence, links);
            for (int[] c : Sentences.clauses(text.text(), s[0], s[1])) {
                clause(text.text(), f, header, about, s, within(inSentence, c[0], c[1]), c[0], basedOn, links);
            }
        }
        // A circular amends no decree, a decree no law, a 2017 decree none of 2020: such a reading took the wrong document.
        links.removeIf(l -> (l.relation() == Relation.AMENDS || l.relation() == Relation.REPLACES) && !ranks.mayAmend(l.subject(), header, l.object()));
        // A link read in the title has the title as its evidence, not the header above it.
        if (header.title() != null) {
            links.replaceAll(l -> header.inTitle(l.object().start())
                    ? new Link(l.subject(), l.relation(), l.object(), l.cue(), header.titleStart(), header.titleEnd()) : l);
        }
        return dedupe(text, links);
    }

    private void clause(String n, String f, Header header, List<Mention> about, int[] sentence, List<Group> gs, int clauseStart,
                        Cues.Match basedOn, List<Link> out) {
        int amender;
        for (int j = 0; j < gs.size(); j++) {
            Group g = gs.get(j);
            int from = j == 0 ? clauseStart : gs.get(j - 1).tailEnd();
            if (from > g.leadStart()) continue;
            Optional<Cues.Match> cue = cues.endingAt(f, from, g.leadStart());
            if (cue.isEmpty()) continue;
            Relation r = cue.get().relation();
            String prefix = f.substring(from, cue.get().start());
            // Between two documents only a list of one type continues the object ("B và C"); for the file's
            // own document ("căn cứ A, B và C") any list does.
            String cueText = f.substring(cue.get().start(), cue.get().end());
            if ((r == Relation.AMENDS || r == Relation.REPLACES) && (PASSIVE.matcher(prefix).find() || BY.matcher(cueText).find())) {
                List<Mention> later = withFollowers(f, gs, j, true);
                // Only its number can stand for an unnamed amending law ("… của Luật Xây dựng số 62/2020/QH14").
                if (UNNAMED_AMENDER.matcher(cueText).find()) {
                    later = later.stream().filter(m -> m instanceof NotationMention).toList();
                    if (later.isEmpty()) continue;
                }
                // "Nghị định A … của Luật X được sửa đổi, bổ sung bởi Nghị định B": a decree amends no law, so B amends A.
                int k = j - 1;
                while (k >= 0 && !mayAmend(later, header, gs.get(k).members())) k--;
                if (k < 0) continue;
                // "X được sửa đổi tại Luật sửa đổi … của Luật X số N": N is X again, the amending law has no number.
                if (sameDocument(later, gs.get(k).members())) continue;
                link(later, r, gs.get(k).members(), cue.get(), f, sentence, out);
                // "Căn cứ Luật X được sửa đổi, bổ sung bởi Luật Y": the file rests on both.
                if (basedOn != null) link(null, Relation.BASED_ON, later, basedOn, f, sentence, out);
            } else if (r == Relation.AMENDS && BARE_LAW_BEFORE.matcher(prefix).find() && (amender = amendingNumber(f, gs, j)) > j) {
                // "Luật sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C số N": N amends A, B and C, and a
                // "Căn cứ" line rests on N.
                List<Mention> amended = new ArrayList<>();
                for (int i = j; i < amender; i++) amended.addAll(gs.get(i).members());
                link(gs.get(amender).members(), r, amended, cue.get(), f, sentence, out);
                Matcher basis = BASED_ON_OPENING.matcher(f).region(clauseStart, cue.get().start());
                Cues.Match rests = basedOn != null ? basedOn : basis.lookingAt() ? new Cues.Match(basedOnCue, basis.start(1), basis.end(1)) : null;
                if (rests != null && header.typeClass() != null) link(null, Relation.BASED_ON, gs.get(amender).members(), rests, f, sentence, out);
            } else if (r == Relation.ASSOCIATED_WITH) {
                if (j > 0) link(gs.get(j - 1).members(), r, withFollowers(f, gs, j, true), cue.get(), f, sentence, out);
            } else if (selfReference.matcher(prefix).find()) {
                // "Chỉ thị này về tiếp tục thực hiện …", "Nghị quyết này thay thế …": this document, by name, or on
                // a news page the document the page is about.
                if (header.typeClass() != null || about != null) link(about, r, withFollowers(f, gs, j, false), cue.get(), f, sentence, out);
            } else if (j > 0 && (ADJACENT.matcher(prefix).matches() || scope.titleChain(n, f, from, cue.get()))) {
                // "A … về việc ban hành Kế hoạch triển khai thực hiện B", "văn bản số A thông báo kết luận … tại Hội
                // nghị sơ kết … thực hiện B": the cue ends A's title.
                boolean amending = r == Relation.AMENDS || r == Relation.REPLACES;
                link(gs.get(unitBefore(f, gs, j)).members(), r, withFollowers(amending ? n : null, f, gs, j, true), cue.get(), f, sentence, out);
            } else if (j == 0 && header.typeClass() != null && LINEAGE_CUES.contains(r)
                    && scope.speaksAsIssuer(n, f, clauseStart, cue.get(), g.tailEnd(), sentence[1])) {
                // "Ủy ban Kiểm tra Tỉnh ủy hướng dẫn thực hiện một số điều trong Quy định X …, như sau:": the issuer,
                // as the subject of the sentence's main verb, says what this file does.
                link(null, r, withFollowers(f, gs, j, false), cue.get(), f, sentence, out);
            } else if (header.typeClass() != null && (cue.get().cue().self() || header.inTitle(g.leadStart()))
                    && !beforeHeader(header, g)
                    && (basedOn == null || r == Relation.BASED_ON) && !vagueTheo(f, clauseStart, cue.get())) {
                // In "Căn cứ A sửa đổi B" the file rests on A; it amends nothing.
                // A text that is no document of its own (a news item) reports a review; it is not one.
                if (!otherDocumentActs(f, header, r, from, cue.get())) {
                    link(null, r, withFollowers(f, gs, j, false), cue.get(), f, sentence, out);
                } else {
                    // "Căn cứ Luật sửa đổi, bổ sung … của Luật X số N": the file rests on that amending law.
                    Matcher basis = BASED_ON_OPENING.matcher(f).region(clauseStart, cue.get().start());
                    if (basis.lookingAt()) {
                        link(null, Relation.BASED_ON, withFollowers(f, gs, j, false), new Cues.Match(basedOnCue, basis.start(1), basis.end(1)), f, sentence, out);
                    }
                }
            }
        }
    }

    /**
     * Links of a sentence that opens with a cue, through the cue's scope (its list of units and their chains);
     * returns the cue when it is "Căn cứ …" (the file rests on it).
     */
    private Cues.Match fronted(String n, String f, Header header, List<Mention> about, int[] s, List<Group> all, int firstIndex,
                               List<Group> gs, int bodySentence, int[] purpose, List<int[]> sentences, List<Link> out) {
        Group first = gs.get(0);
        Optional<Cues.Match> cue = cues.frontedAt(f, s[0], first.leadStart());
        boolean inPurpose = s[0] >= purpose[0] && s[0] < purpose[1];
        if (cue.isEmpty() && inPurpose) cue = purposeCue(f, s, first);
        if (cue.isEmpty()) {
            if (about != null) typeSubject(f, about, s, gs, out);
            return null;
        }
        Relation r = cue.get().relation();
        CueScope.Parse p = scope.parse(n, f, all, firstIndex);
        List<Mention> targets = members(p.items());
        // The list may run on past the sentence the splitter saw ("…;⏎Chỉ thị số …"): so does its evidence.
        int[] sentence = sentenceAt(sentences, s, p.end());
        int[] ev = {s[0], sentence[1]};
        if (r == Relation.BASED_ON) {
            // A Q&A page's "Căn cứ theo Điều 1 Nghị quyết …" names its source; only a document rests on something.
            if (header.typeClass() != null) link(null, r, targets, cue.get(), f, ev, out);
            chains(p, f, ev, out);
            return header.typeClass() != null ? cue.get() : null;
        }
        List<Mention> subjects = new ArrayList<>();
        boolean inRun = false;
        for (int k = p.next(); k < all.size() && all.get(k).leadStart() < sentence[1]; k++) {
            Group g = all.get(k);
            int from = all.get(k - 1).tailEnd();
            String lead = from < g.leadStart() ? f.substring(from, g.leadStart()) : "";
            // "… Tỉnh ủy đã ban hành Chương trình hành động số Y": the verb stands right before the document.
            Matcher is = cues.issued().matcher(lead);
            boolean issued = false;
            while (is.find()) issued = lead.length() - is.end() <= ISSUED_REACH;
            // "…, ngày D Ban X có Hướng dẫn số Y": the main clause's verb right before it.
            if (p.verbEnd() >= 0 && g.leadStart() >= p.verbEnd() && g.leadStart() - p.verbEnd() <= MAIN_VERB_REACH) issued = true;
            boolean shortLead = lead.length() <= 40 && cues.endingAt(f, from, g.leadStart()).isEmpty();
            if (g.first().numbered() && (issued || (inRun && shortLead))) {
                subjects.addAll(g.members());
                inRun = true;
            } else {
                inRun = false;
            }
        }
        boolean item = LIST_ITEM.matcher(f.substring(s[0], first.leadStart())).find();
        if (!subjects.isEmpty()) {
            for (Mention sub : subjects) link(List.of(sub), r, targets, cue.get(), f, ev, out);
        } else if (header.typeClass() != null && !NOT_IMPLEMENTING.contains(header.typeClass())
                && (inPurpose || !item && (p.declares()
                    || bodySentence <= OPENING_SENTENCES && (bodySentence == 1 || cues.issued().matcher(f.substring(s[0], s[1])).find())))) {
            // A plan's opening: "Thực hiện X, Ban Thường vụ … xây dựng kế hoạch …" (not a numbered task); a
            // letter's first sentence "Thực hiện Thông báo số X …" likewise; a directive's "Để tiếp tục thực hiện X,
            // Chủ tịch UBND tỉnh yêu cầu:" wherever it stands; a purpose bullet "- Triển khai thực hiện X".
            link(null, r, targets, cue.get(), f, ev, out);
        } else if (about != null) {
            // A news page summing up a document: "Thực hiện hiệu quả Kế hoạch 2245 …" is what that document asks; but
            // a task bullet that asks others to carry out a sister document ("- Triển khai quyết liệt Nghị quyết
            // 57-NQ/TW …" in a page about 68-NQ/TW: same type, same issuer) states no lineage between the two.
            List<Mention> kept = item ? targets.stream().filter(t -> !sister(about.get(0), t)).toList() : targets;
            link(about, r, kept, cue.get(), f, ev, out);
        }
        chains(p, f, ev, out);
        return null;
    }

    /** The chains through the list's titles: "B … về việc ban hành Kế hoạch triển khai thực hiện C" gives B → C. */
    private static void chains(CueScope.Parse p, String f, int[] ev, List<Link> out) {
        for (CueScope.Chain c : p.chains()) link(c.subject().members(), c.cue().relation(), members(c.objects()), c.cue(), f, ev, out);
    }

    /**
     * In a plan's purpose section, a bullet whose predicate is a cue mid-sentence ("…, góp phần … và thực hiện hiệu
     * quả Nghị quyết X"): the plan carries out X.
     */
    private Optional<Cues.Match> purposeCue(String f, int[] s, Group first) {
        Optional<Cues.Match> c = cues.endingAt(f, s[0], first.leadStart());
        if (c.isEmpty() || !LINEAGE_CUES.contains(c.get().relation())) return Optional.empty();
        return PREDICATE_BEFORE.matcher(f).region(Math.max(s[0], c.get().start() - 12), c.get().start()).find() ? c : Optional.empty();
    }

    /**
     * A plan's purpose section ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"), where bullets restate what the plan carries
     * out: from its heading to the next Roman-numbered heading; {0, 0} when there is none or the file is no plan.
     */
    private static int[] purposeSection(String f, Header header) {
        if (header.typeClass() == null || NOT_IMPLEMENTING.contains(header.typeClass())) return new int[] {0, 0};
        Matcher h = PURPOSE_HEADING.matcher(f);
        if (!h.find(Math.min(f.length(), header.bodyStart()))) return new int[] {0, 0};
        Matcher next = ROMAN_HEADING.matcher(f);
        int end = next.find(h.end()) ? next.start() : f.length();
        return new int[] {h.end(), Math.min(end, h.end() + PURPOSE_REACH)};
    }

    /** The sentence (of {@code sentences}) that holds {@code at}, or {@code s} when it is there already. */
    private static int[] sentenceAt(List<int[]> sentences, int[] s, int at) {
        if (at <= s[1]) return s;
        for (int[] x : sentences) if (x[0] <= at && at <= x[1]) return x;
        return s;
    }

    /**
     * Two documents of one type by one issuer ("68-NQ/TW" and "57-NQ/TW", or "Nghị quyết 68" in a page's title and
     * "57-NQ/TW"): sisters, not one another's lineage.
     */
    private static boolean sister(Mention a, Mention b) {
        if (!a.typeClass().equals(b.typeClass())) return false;
        if (a instanceof NotationMention x && b instanceof NotationMention y) {
            return java.util.Objects.equals(x.notation().issuerCode(), y.notation().issuerCode());
        }
        return a instanceof ShortMention || b instanceof ShortMention;
    }

    private static List<Mention> members(List<Group> gs) {
        List<Mention> out = new ArrayList<>();
        for (Group g : gs) out.addAll(g.members());
        return out;
    }

    /**
     * On a page about a document, a sentence whose subject is a document word ("Kế hoạch nêu rõ, thực hiện …",
     * "Mục đích của Kế hoạch nhằm … thực hiện …") states what that document carries out.
     */
    private void typeSubject(String f, List<Mention> about, int[] s, List<Group> gs, List<Link> out) {
        if (gs.get(0).leadStart() < s[0]) return;
        Matcher m = typeSubject.matcher(f).region(s[0], gs.get(0).leadStart());
        if (!m.lookingAt()) return;
        Optional<Cues.Match> cue = cues.endingAt(f, m.end(), gs.get(0).leadStart());
        if (cue.isEmpty() || !LINEAGE_CUES.contains(cue.get().relation())) return;
        link(about, cue.get().relation(), withFollowers(f, gs, 0, false), cue.get(), f, s, out);
    }

    /**
     * "Căn cứ các Quyết định …: Quyết định số A …; Quyết định số B …" and a "Căn cứ pháp lý" heading over a list:
     * every item the list opens with is a basis of the file.
     */
    private void basedOnList(String f, Header header, int[] s, List<Group> gs, List<Link> out) {
        if (header.typeClass() == null || gs.get(0).leadStart() < s[0]) return;
        Matcher open = BASED_ON_LIST.matcher(f).region(s[0], gs.get(0).leadStart());
        if (!open.lookingAt()) return;
        Cues.Match cue = new Cues.Match(basedOnCue, open.start(1), open.end(1));
        for (Group g : gs) {
            int k = g.leadStart() - 1;
            while (k > s[0] && Character.isWhitespace(f.charAt(k))) k--;
            if (k <= s[0] || f.charAt(k) == ':' || f.charAt(k) == ';') link(null, Relation.BASED_ON, g.members(), cue, f, s, out);
        }
    }

    /** The document a page without a header is about: the first one its first line (the page title) names. */
    private static List<Mention> about(String t, List<Group> groups) {
        int s = 0;
        while (s < t.length() && Character.isWhitespace(t.charAt(s))) s++;
        int e = t.indexOf('\n', s);
        if (e < 0) e = t.length();
        if (e - s > MAX_TITLE) return null;
        for (Group g : groups) {
            if (g.first().start() >= e) break;
            if (g.first().numbered()) return List.of(g.first());
        }
        return null;
    }


    /** The group's members and those of the groups enumerated right after it ("X và Y", "X, Y"). */
    private List<Mention> withFollowers(String f, List<Group> gs, int j, boolean sameType) {
        return withFollowers(null, f, gs, j, sameType);
    }

    /**
     * The same, and, given the normalised text {@code n}, the units the scope parser coordinates with it ("sửa đổi …
     * Nghị định số A … quy định chi tiết … Luật X và Nghị định số B …": A and B are amended, X is A's).
     */
    private List<Mention> withFollowers(String n, String f, List<Group> gs, int j, boolean sameType) {
        if (n != null) {
            List<Mention> out = new ArrayList<>();
            for (Group g : scope.parse(n, f, gs, j).items()) {
                if (sameType && !g.typeClass().equals(gs.get(j).typeClass())) break;
                out.addAll(g.members());
            }
            return out;
        }
        List<Mention> out = new ArrayList<>(gs.get(j).members());
        for (int k = j + 1; k < gs.size(); k++) {
            Group g = gs.get(k);
            int from = gs.get(k - 1).tailEnd();
            if (from > g.leadStart() || !ENUMERATION.matcher(f.substring(from, g.leadStart())).matches()) break;
            // "A về thực hiện B và Kế hoạch C … về thực hiện D": C, though of another type, is a second object of
            // A, since it carries its own cue; without one, "B và C" of two types is no list.
            if (sameType && !g.typeClass().equals(gs.get(j).typeClass()) && !carriesOwnCue(f, gs, k)) break;
            out.addAll(g.members());
        }
        return out;
    }

    /**
     * The group whose unit ends right before group {@code j}: the one before it, or, when that one stands in
     * brackets as an alias ("Kết luận số 95-KL/TW … (Kết luận 95) về tiếp tục thực hiện …"), the one it names.
     */
    private static int unitBefore(String f, List<Group> gs, int j) {
        if (j < 2 || gs.get(j - 2).tailEnd() > gs.get(j - 1).leadStart()) return j - 1;
        int[] open = new int[1];
        CueScope.blanked(f, gs.get(j - 2).tailEnd(), gs.get(j - 1).leadStart(), open);
        return open[0] == 1 ? j - 2 : j - 1;
    }

    /**
     * "Luật sửa đổi, bổ sung một số điều của Luật X" in a "Căn cứ" list, "Nghị quyết sửa đổi … Nghị quyết số N" in a
     * plan's table of texts to draft: a document named by its type word alone amends or replaces, not this file
     * (unless it is this file's own type, in its title or issued in its preamble).
     */
    private boolean otherDocumentActs(String f, Header header, Relation r, int from, Cues.Match cue) {
        if (r != Relation.AMENDS && r != Relation.REPLACES) return false;
        Matcher tn = types.nameEnding(f, Math.max(from, cue.start() - 40), cue.start());
        if (tn == null) return false;
        if (!types.typeOf(tn).className().equals(header.typeClass())) return true;
        // Its own type: the title, or the preamble's "Bộ trưởng … ban hành Thông tư sửa đổi, bổ sung …" is this file.
        return !(header.inTitle(cue.start()) || ISSUES_END.matcher(f).region(Math.max(from, tn.start() - 20), tn.start()).find());
    }

    /** A portal's headline above the header ("Đoàn công tác của Ban Chỉ đạo Tổng kết Nghị quyết X …") is not the file speaking. */
    private static boolean beforeHeader(Header header, Group g) {
        return header.self() != null && g.leadStart() < header.self().start();
    }

    /**
     * The number an amending law named by its type word alone prints after the laws it amends ("… của Luật A, Luật B
     * và Luật C số 90/2025/QH15"): the index of that group, or -1 when the list ends without one.
     */
    private static int amendingNumber(String f, List<Group> gs, int j) {
        for (int k = j + 1; k < gs.size(); k++) {
            int from = gs.get(k - 1).tailEnd(), to = gs.get(k).leadStart();
            if (from > to) return -1;
            String gap = f.substring(from, to);
            Mention m = gs.get(k).first();
            if (m instanceof NotationMention n && "Law".equals(n.typeClass()) && NUMBER_AFTER_NAMES.matcher(gap + f.substring(to, m.start())).matches()) return k;
            if (!(m instanceof NamedMention) || !ENUMERATION.matcher(gap).matches()) return -1;
        }
        return -1;
    }

    /** A law named by its type word alone, right before an amending cue: "Căn cứ Luật sửa đổi, bổ sung …". */
    private static final Pattern BARE_LAW_BEFORE = Pattern.compile("(?<![a-z])luat\\s*$");

    /** "… Luật C số N": nothing but "số" between the last amended law and the amending law's number. */
    private static final Pattern NUMBER_AFTER_NAMES = Pattern.compile("\\s*,?\\s*(?:so\\s*:?\\s*)?");

    /** "… bảo đảm tiến độ theo quy định tại Nghị quyết X" in running text is a citation, not the file's basis. */
    private static boolean vagueTheo(String f, int clauseStart, Cues.Match cue) {
        return f.startsWith("theo", cue.start()) && !LIST_ITEM_OR_BLANK.matcher(f.substring(clauseStart, cue.start())).matches();
    }

    private static boolean sameDocument(List<Mention> a, List<Mention> b) {
        for (Mention x : a) {
            for (Mention y : b) if (sameNumbered(x, y)) return true;
        }
        return false;
    }

    /** The same notation, or a short form or alias that can only stand for it (resolve decides which one it is). */
    static boolean sameNumbered(Mention x, Mention y) {
        if (x instanceof AliasMention a) return sameNumbered(a.antecedent(), y);
        if (y instanceof AliasMention a) return sameNumbered(x, a.antecedent());
        if (x instanceof NotationMention n && y instanceof NotationMention m) return n.notation().canonical().equals(m.notation().canonical());
        return x.numbered() && y.numbered() && x.typeClass().equals(y.typeClass()) && number(x).equals(number(y));
    }

    private static String number(Mention m) {
        return m instanceof ShortMention s ? s.number() : ((NotationMention) m).notation().bareNumber();
    }

    private boolean carriesOwnCue(String f, List<Group> gs, int k) {
        if (k + 1 >= gs.size()) return false;
        int from = gs.get(k).tailEnd(), to = gs.get(k + 1).leadStart();
        return from <= to && cues.endingAt(f, from, to).filter(m -> m.start() - from < 40).isPresent();
    }

    private boolean mayAmend(List<Mention> amenders, Header header, List<Mention> amended) {
        return amenders.stream().allMatch(a -> amended.stream().allMatch(b -> ranks.mayAmend(a, header, b)));
    }

    private static void link(List<Mention> subjects, Relation r, List<Mention> objects, Cues.Match cue, String f,
                             int[] sentence, List<Link> out) {
        String cueText = Spaces.collapse(f.substring(cue.start(), cue.end()));
        for (Mention o : objects) {
            if (subjects == null) {
                out.add(new Link(null, r, o, cueText, sentence[0], sentence[1]));
            } else {
                // An object is never newer than its subject: a later date belongs to another list.
                for (Mention s : subjects) {
                    if (s != o && !newer(o, s)) out.add(new Link(s, r, o, cueText, sentence[0], sentence[1]));
                }
            }
        }
    }

    private static boolean newer(Mention o, Mention s) {
        return CueScope.dateOf(o) != null && CueScope.dateOf(s) != null && CueScope.dateOf(o).isAfter(CueScope.dateOf(s));
    }

    /** A link's ends by identity: the same mention, not an equal one. */
    private record Same(Mention subject, Relation relation, Mention object) {
        @Override public boolean equals(Object o) {
            return o instanceof Same x && x.subject == subject && x.relation == relation && x.object == object;
        }

        @Override public int hashCode() {
            return 31 * (31 * System.identityHashCode(subject) + relation.hashCode()) + System.identityHashCode(object);
        }
    }

    /** One link per (subject, relation, object) mention pair; the evidence is cut to a readable length. */
    private static List<Link> dedupe(AlignedText text, List<Link> links) {
        List<Link> out = new ArrayList<>();
        java.util.Set<Same> seen = new java.util.HashSet<>();
        for (Link l : links) {
            if (!seen.add(new Same(l.subject(), l.relation(), l.object()))) continue;
            int s = l.sentenceStart(), e = l.sentenceEnd();
            if (e - s > MAX_EVIDENCE) {
                int a = Math.min(l.object().leadStart(), l.subject() == null ? l.object().leadStart() : l.subject().leadStart());
                int b = Math.max(l.object().tailEnd(), l.subject() == null ? 0 : l.subject().tailEnd());
                s = Math.max(s, wordStart(text.text(), a - 120));
                e = Math.min(e, wordEnd(text.text(), b + 60));
            }
            out.add(new Link(l.subject(), l.relation(), l.object(), l.cue(), s, e, s != l.sentenceStart() || e != l.sentenceEnd()));
        }
        return out;
    }

    private static int wordStart(String t, int i) {
        i = Math.max(0, i);
        while (i > 0 && !Character.isWhitespace(t.charAt(i - 1))) i--;
        return i;
    }

    private static int wordEnd(String t, int i) {
        i = Math.min(t.length(), i);
        while (i < t.length() && !Character.isWhitespace(t.charAt(i))) i++;
        return i;
    }

    static List<Group> groups(List<Mention> mentions) {
        List<Group> out = new ArrayList<>();
        List<Mention> cur = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.selfHeader()) continue;
            if (!cur.isEmpty() && cur.get(0).group() != m.group()) {
                out.add(toGroup(cur));
                cur = new ArrayList<>();
            }
            cur.add(m);
        }
        if (!cur.isEmpty()) out.add(toGroup(cur));
        return out;
    }

    private static Group toGroup(List<Mention> ms) {
        int lead = ms.stream().mapToInt(Mention::leadStart).min().orElseThrow();
        int tail = ms.stream().mapToInt(Mention::tailEnd).max().orElseThrow();
        return new Group(List.copyOf(ms), lead, tail);
    }

    /** The groups whose first mention starts in [s, e); groups are in text order, so a binary search finds the first. */
    private static List<Group> within(List<Group> gs, int s, int e) {
        List<Group> out = new ArrayList<>();
        for (int k = firstWithin(gs, s); k < gs.size() && gs.get(k).first().start() < e; k++) out.add(gs.get(k));
        return out;
    }

    /** The index of the first group that starts at or after {@code s}. */
    private static int firstWithin(List<Group> gs, int s) {
        int lo = 0, hi = gs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (gs.get(mid).first().start() < s) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Sentence and clause boundaries in normalised text. */
    static final class Sentences {
        private static final Scan BREAK = Scan.of(Pattern.compile(
                "\\n[-_=*~]{3,}(?=\\n|$)|\\.(?=\\s+[\\p{Lu}\\d\\-+•])|\\n(?=\\s*(?:[-+•]\\s|\\d+(?:\\.\\d+)*\\.\\s|[IVX]+\\.\\s|[a-d]\\)\\s))|:\\s*\\n|;(?=\\n\\p{Lu})|!|\\?"));

        /** Sentences; the header's end ({@code forced}) is always a boundary. */
        static List<int[]> split(String t, int forced) { return split(t, forced, t.length()); }

        /** The sentences up to the one that holds {@code until} (the rest is left unsplit and out). */
        static List<int[]> split(String t, int forced, int until) {
            List<int[]> out = new ArrayList<>();
            Matcher m = BREAK.matcher(t);
            int s = 0;
            boolean forcedDone = forced <= 0 || forced >= t.length();
            for (int at = 0; BREAK.find(m, t, at, t.length()); at = Math.max(m.end(), at + 1)) {
                if (!forcedDone && m.end() > forced) {
                    if (forced > s) out.add(new int[] {s, forced});
                    s = forced;
                    forcedDone = true;
                }
                if (m.end() > s) out.add(new int[] {s, m.end()});
                s = m.end();
                if (s > until && forcedDone) return out;
            }
            if (!forcedDone && forced > s) { out.add(new int[] {s, forced}); s = forced; }
            if (s < t.length()) out.add(new int[] {s, t.length()});
            return out;
        }

        /** Clauses split at ';' outside quotes (a quoted title may hold one). */
        static List<int[]> clauses(String t, int s, int e) {
            List<int[]> out = new ArrayList<>();
            int start = s;
            boolean curly = false, straight = false;
            for (int i = s; i < e; i++) {
                char c = t.charAt(i);
                if (c == '“') curly = true;
                else if (c == '”') curly = false;
                else if (c == '"') straight = !straight;
                else if (c == ';' && !curly && !straight) {
                    out.add(new int[] {start, i + 1});
                    start = i + 1;
                }
            }
            out.add(new int[] {start, e});
            return out;
        }
    }
}
