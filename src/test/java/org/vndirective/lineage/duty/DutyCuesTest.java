package org.vndirective.lineage.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vndirective.lineage.text.Folding;
import org.vndirective.lineage.text.SourceText;
import org.vndirective.lineage.text.TextNormalizer;

/** Every example of {@code duty-cues.json} does what its entry says (as DataExamplesTest for cues.json). */
class DutyCuesTest {
    private static String folded(String s) { return Folding.fold(TextNormalizer.standard().normalize(SourceText.of("x", s)).text()); }

    @TestFactory
    Stream<DynamicTest> cueExamplesMatchTheirCue() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DutyCues.Cue c : DutyCues.standard().all()) {
            for (String ex : c.examples()) {
                tests.add(DynamicTest.dynamicTest(c.name() + ": " + ex, () ->
                        assertTrue(c.pattern().matcher(Folding.fold(ex)).lookingAt(), "\"" + ex + "\" opens with the " + c.name() + " cue")));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> bodyExamplesAreBodies() {
        return DutyCues.standard().bodyExamples().stream().map(ex -> DynamicTest.dynamicTest("body: " + ex, () -> {
            String t = ex + " triển khai";
            BodyName b = CueDutyFinder.STANDARD.body(t, Folding.fold(t), 0, t.length(), true);
            assertNotNull(b, "a body opens \"" + t + "\"");
            assertEquals(ex, b.printed());
        }));
    }

    @TestFactory
    Stream<DynamicTest> deadlineExamplesGiveTheirDeadline() {
        return DutyCues.standard().deadlineExamples().stream().map(ex -> DynamicTest.dynamicTest("deadline: " + ex.text(), () -> {
            String f = folded(ex.text());
            Deadline d = Deadlines.in(ex.text(), f, 0, f.length(), ex.table());
            assertEquals(ex.gives(), d == null ? "none" : d.describe(), ex.text());
        }));
    }
}
