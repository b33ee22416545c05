package org.vndirective.lineage.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vndirective.lineage.report.Problem;
import org.vndirective.lineage.text.AlignedText;

/** The mention stage's table ({@code stages/mentions.table}): text → the mentions found, one line each, then problems. */
class MentionTableTest {
    @TestFactory
    Stream<DynamicTest> mentions() {
        return StageTable.read("mentions").tests(MentionTableTest::found);
    }

    static List<String> found(String text) {
        AlignedText t = StageTable.normalised("row", text);
        MentionFinder.Result r = MentionFinder.standard().find(t);
        Map<Integer, Long> groupSizes = new HashMap<>();
        r.mentions().forEach(m -> groupSizes.merge(m.group(), 1L, Long::sum));
        Map<Integer, Integer> lists = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (Mention m : r.mentions()) {
            String list = groupSizes.get(m.group()) > 1 ? " list" + lists.computeIfAbsent(m.group(), g -> lists.size() + 1) : "";
            out.add(render(t, m) + list);
        }
        for (Problem p : r.problems()) out.add("problem " + p.message());
        return out;
    }

    static String render(AlignedText t, Mention m) {
        String printed = StageTable.quoted(t.text().substring(m.start(), m.end()));
        if (m instanceof NotationMention n) {
            return "notation " + printed + " " + n.notation().canonical() + " " + n.typeClass() + (n.typeFromWord() ? " by-word" : " by-code")
                    + (n.date() != null ? " " + n.date() : "") + (n.bodyText() != null ? " of " + StageTable.quoted(n.bodyText()) : "")
                    + (n.terms().isEmpty() ? "" : " khoa " + String.join(",", n.terms())) + (n.selfHeader() ? " self" : "");
        }
        if (m instanceof ConferenceMention c) return "conference " + printed + " " + c.typeClass() + " " + c.conference() + " khoa " + c.term();
        if (m instanceof NamedMention n) return "named " + printed + " " + n.typeClass() + " " + n.slug();
        if (m instanceof ShortMention s) return "short " + printed + " " + s.typeClass() + " " + s.number();
        AliasMention a = (AliasMention) m;
        return "alias " + printed + " of " + StageTable.quoted(t.text().substring(a.antecedent().start(), a.antecedent().end()));
    }

    /** Prints each row's actual lines (to write a new row's expectations, then check them by hand). */
    public static void main(String[] args) {
        StageTable.print("mentions", MentionTableTest::found);
    }
}
