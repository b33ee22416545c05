package org.vndirective.lineage.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cue phrases of {@code cues.json}: which words before a cited document type the link to it. */
public final class Cues {

    /** One cue: the relation it states and whether it may link the file's own document. */
    public record Cue(Relation relation, Pattern pattern, boolean self, List<String> examples) {}

    /** Where a cue was found in a lead: [start, end) in the folded text, and which cue. */
    public record Match(Cue cue, int start, int end) {
        public Relation relation() { return cue.relation(); }
    }

    private final List<Cue> cues;
    private final List<Scan> endAnchored;
    private final Pattern notCue;
    private final Pattern frontedOpening;
    private final Pattern issued;
    private final String fillers;
    private final Pattern anyCue;
    private final List<String> notCueExamples;
    private final Pattern mainDate;
    private final java.util.Set<String> notSubject;
    private final Pattern mainVerb;
    private final Pattern declaration;
    private final List<String> mainClauseExamples;
    private final List<String> notMainClauseExamples;

    private Cues(JsonNode root) {
        fillers = fillers(root.get("fillers"));
        List<Cue> list = new ArrayList<>();
        List<Scan> anchored = new ArrayList<>();
        for (JsonNode c : root.get("cues")) {
            List<String> ex = new ArrayList<>();
            c.get("examples").forEach(e -> ex.add(e.asText()));
            Cue cue = new Cue(Relation.fromLocalName(c.get("relation").asText()), Pattern.compile(spaced(c.get("pattern").asText())),
                    c.get("self").asBoolean(), ex);
            list.add(cue);
            // Tried only at word starts, so no (?<![a-z]) in front.
            anchored.add(Scan.of(Pattern.compile("(?:" + cue.pattern().pattern() + ")" + fillers + "$")));
        }
        cues = List.copyOf(list);
        anyCue = Pattern.compile("(?:" + String.join("|", list.stream().map(c -> c.pattern().pattern()).toList()) + ")(?![a-z])");
        endAnchored = List.copyOf(anchored);
        List<String> nc = new ArrayList<>();
        root.get("notCues").get("patterns").forEach(p -> nc.add("(?:" + spaced(p.asText()) + ")"));
        notCue = Pattern.compile(String.join("|", nc));
        List<String> ncEx = new ArrayList<>();
        root.get("notCues").get("examples").forEach(p -> ncEx.add(p.asText()));
        notCueExamples = List.copyOf(ncEx);
        frontedOpening = Pattern.compile(root.get("fronted").get("opening").asText());
        issued = Pattern.compile("(?<![a-z])(?:" + root.get("fronted").get("issued").asText() + ")(?![a-z])");
        JsonNode main = root.get("fronted").get("mainClause");
        mainDate = Pattern.compile(main.get("date").asText());
        notSubject = java.util.Set.of(main.get("notSubject").asText().split("\\|"));
        mainVerb = Pattern.compile(main.get("verbs").asText());
        declaration = Pattern.compile(main.get("declaration").asText());
        mainClauseExamples = texts(main.get("examples"));
        notMainClauseExamples = texts(main.get("notExamples"));
    }

    private static final Cues STANDARD = new Cues(DataFiles.read("cues.json"));

    public static Cues standard() { return STANDARD; }

    public List<Cue> all() { return cues; }

    public List<String> notCueExamples() { return notCueExamples; }

    public Pattern notCue() { return notCue; }

    /** Any cue, to test whether one starts at a position (an issuing body's name ends before a cue). */
    public Pattern anyCue() { return anyCue; }

    public Pattern issued() { return issued; }

    /** A date that may open a main clause ("…, ngày 05/8/2024 Ban X có …"). */
    public Pattern mainDate() { return mainDate; }

    /** Words no subject of a main clause holds (a title's or tail's: "về", "của", "ngày" …). */
    public java.util.Set<String> notSubject() { return notSubject; }

    /** A main clause's verb, with an auxiliary before it; group "verb" is the verb itself. */
    public Pattern mainVerb() { return mainVerb; }

    /** What follows a main clause's verb when it declares the file's content ("… như sau:"). */
    public Pattern declaration() { return declaration; }

    public List<String> mainClauseExamples() { return mainClauseExamples; }

    public List<String> notMainClauseExamples() { return notMainClauseExamples; }

    /**
     * The fillers as one pattern that backtracks into none of them: longest first, each an atomic group, in a
     * possessive loop. A cue's lead is matched end-anchored at every word start, so an ambiguous run of fillers
     * ("một số nội dung cụ thể tại …") must not cost exponential time.
     */
    private static String fillers(JsonNode list) {
        List<String> alternatives = new ArrayList<>();
        list.forEach(f -> alternatives.add(spaced(f.asText())));
        alternatives.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return "(?:\\s*+,?\\s*+(?>" + String.join("|", alternatives) + ")(?![a-z]))*+\\s*[:,]?\\s*";
    }

    /**
     * A data file's pattern with each literal space read as any run of white space: a cue or filler may be broken
     * across lines ("triển⏎khai"). Spaces inside a character class stay as they are.
     */
    static String spaced(String regex) {
        StringBuilder b = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        // Inside a lookbehind a space stays one: an unbounded lookbehind would look back over the whole text.
        int behind = 0, depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) { b.append(c).append(regex.charAt(++i)); continue; }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (!inClass && c == '(') {
                depth++;
                if (behind == 0 && regex.startsWith("(?<!", i) || behind == 0 && regex.startsWith("(?<=", i)) behind = depth;
            } else if (!inClass && c == ')') {
                if (depth == behind) behind = 0;
                depth--;
            }
            if (c == ' ' && !inClass && behind == 0) b.append("\\s+"); else b.append(c);
        }
        return b.toString();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText()));
        return List.copyOf(out);
    }

    /**
     * The cue that ends the folded lead {@code [from, to)} (fillers may follow it), the longest if several do;
     * empty when the lead does not end with a cue, or the cue sits inside a not-a-cue phrase.
     */
    public Optional<Match> endingAt(String folded, int from, int to) {
        // The longest cue with its fillers is under 80 chars.
        int windowStart = Math.max(from, to - 80);
        Match best = null;
        Matcher[] ms = new Matcher[cues.size()];
        // The leftmost start gives the longest cue; at one start, the first cue listed wins.
        for (int p = windowStart; p < to && best == null; p++) {
            if (!Scan.wordStart(folded, p)) continue;
            for (int i = 0; i < cues.size(); i++) {
                if (!endAnchored.get(i).canStart(folded, p, to)) continue;
                if (ms[i] == null) ms[i] = endAnchored.get(i).pattern().matcher(folded).useAnchoringBounds(true).useTransparentBounds(true);
                Matcher m = ms[i].region(p, to);
                if (m.lookingAt()) {
                    best = new Match(cues.get(i), p, cueEnd(cues.get(i), folded, p, to));
                    break;
                }
            }
        }
        if (best == null) return Optional.empty();
        Matcher nc = notCue.matcher(folded);
        nc.region(Math.max(from, best.start() - 20), to);
        while (nc.find()) {
            if (nc.start() <= best.start() + 2 && nc.end() >= best.start()) return Optional.empty();
        }
        return Optional.of(best);
    }

    /** Whether a folded sentence opens with an implementing cue right before {@code to} (fronted form). */
    public Optional<Match> frontedAt(String folded, int sentenceStart, int to) {
        // A list's lead can start before the sentence that holds its first number.
        if (to <= sentenceStart) return Optional.empty();
        Matcher o = frontedOpening.matcher(folded);
        o.region(sentenceStart, to);
        if (!o.lookingAt()) return Optional.empty();
        Optional<Match> m = endingAt(folded, o.end(), to);
        if (m.isEmpty() || m.get().start() != o.end()) return Optional.empty();
        Relation r = m.get().relation();
        return r == Relation.IMPLEMENTS || r == Relation.CONTINUES || r == Relation.BASED_ON ? m : Optional.empty();
    }

    private static int cueEnd(Cue cue, String folded, int start, int to) {
        Matcher m = cue.pattern().matcher(folded);
        m.region(start, to);
        return m.lookingAt() ? m.end() : start;
    }
}
