package org.vndirective.lineage.duty;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.vndirective.lineage.extract.DataFiles;

/** The cue words of {@code duty-cues.json}: patterns over the folded text, body heads and task verbs. Immutable. */
public final class DutyCues {
    /** A cue pattern with its examples. */
    public record Cue(String name, Pattern pattern, List<String> examples) {}

    /** A deadline example and what it must give ({@link Deadline#describe()}, or "none"). */
    public record DeadlineExample(String text, boolean table, String gives) {}

    final Cue assign, lead, support, report, via, plan, target;
    private final List<String> heads, verbs;
    private final java.util.Set<String> complete;
    private final List<String>[] headIndex, verbIndex;
    private final List<String> bodyExamples;
    private final List<DeadlineExample> deadlines = new ArrayList<>();

    private DutyCues(JsonNode root) {
        assign = cue(root, "assign");
        lead = cue(root, "lead");
        support = cue(root, "support");
        report = cue(root, "report");
        via = cue(root, "via");
        plan = cue(root, "plan");
        target = cue(root, "target");
        heads = longestFirst(root.get("bodyHeads"));
        verbs = longestFirst(root.get("verbs"));
        complete = java.util.Set.copyOf(strings(root.get("completeHeads")));
        headIndex = byFirst(heads);
        verbIndex = byFirst(verbs);
        bodyExamples = strings(root.get("bodyExamples"));
        for (JsonNode d : root.get("deadlines")) {
            deadlines.add(new DeadlineExample(d.get("text").asText(), d.path("table").asBoolean(false), d.get("gives").asText()));
        }
    }

    static final DutyCues STANDARD = new DutyCues(DataFiles.read("duty-cues.json"));

    public static DutyCues standard() { return STANDARD; }

    public List<Cue> all() { return List.of(assign, lead, support, report, via, plan, target); }

    public List<String> bodyExamples() { return bodyExamples; }

    public List<DeadlineExample> deadlineExamples() { return List.copyOf(deadlines); }

    private static Cue cue(JsonNode root, String name) {
        JsonNode c = root.get(name);
        return new Cue(name, Pattern.compile(c.get("pattern").asText()), strings(c.get("examples")));
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asText()));
        return List.copyOf(out);
    }

    private static List<String> longestFirst(JsonNode a) {
        List<String> out = new ArrayList<>(strings(a));
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    /** Where a body head ending at a word boundary ends, when one starts at {@code p} of the folded text; else -1. */
    int headAt(String f, int p, int end) { return wordAt(headIndex, f, p, end); }

    /** A head that is a whole name ("Tỉnh ủy", "Công an"): the word after it may end the name. */
    boolean isComplete(String head) { return complete.contains(head); }

    /** Where a task verb starting at {@code p} ends; else -1. */
    int verbAt(String f, int p, int end) { return wordAt(verbIndex, f, p, end); }

    /** The words by their first letter (ASCII after folding), longest first: a lookup tries only those. */
    private static List<String>[] byFirst(List<String> words) {
        @SuppressWarnings("unchecked")
        List<String>[] out = new List[128];
        for (int c = 0; c < 128; c++) {
            final char ch = (char) c;
            out[c] = List.copyOf(words.stream().filter(w -> w.charAt(0) == ch).toList());
        }
        return out;
    }

    private static int wordAt(List<String>[] index, String f, int p, int end) {
        if (p >= end || p > 0 && Character.isLetterOrDigit(f.charAt(p - 1))) return -1;
        char first = f.charAt(p);
        if (first >= 128) return -1;
        for (String w : index[first]) {
            int e = p + w.length();
            if (e <= end && f.startsWith(w, p) && (e == f.length() || !Character.isLetterOrDigit(f.charAt(e)))) return e;
        }
        return -1;
    }
}
