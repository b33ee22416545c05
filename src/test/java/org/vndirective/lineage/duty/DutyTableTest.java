package org.vndirective.lineage.duty;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vndirective.lineage.extract.FileExtraction;
import org.vndirective.lineage.extract.StageTable;
import org.vndirective.lineage.extract.Extractor;
import org.vndirective.lineage.text.SourceText;

/**
 * The duty stage's table ({@code stages/duties.table}): a text (with its header, when the row needs one) → the
 * duties it sets, one line each: kind, lead, supporting bodies, recipient and channel, deadline, cue, task.
 */
class DutyTableTest {
    @TestFactory
    Stream<DynamicTest> duties() {
        return StageTable.read("duties").tests(DutyTableTest::stated);
    }

    static List<String> stated(String text) {
        FileExtraction x = Extractor.standard().extract(SourceText.of("row.txt", text));
        List<String> out = new ArrayList<>();
        for (Duty d : DutyFinder.standard().find(x.text(), x.header())) out.add(line(d));
        return out;
    }

    static String line(Duty d) {
        StringBuilder b = new StringBuilder(d.kind().name().toLowerCase()).append(" lead ").append(body(d.lead()));
        if (!d.support().isEmpty()) b.append(" support ").append(d.support().stream().map(DutyTableTest::body).collect(Collectors.joining(", ")));
        if (d.reportTo() != null) b.append(" to ").append(body(d.reportTo()));
        if (d.reportVia() != null) b.append(" via ").append(body(d.reportVia()));
        if (d.deadline() != null) b.append(" due ").append(d.deadline().describe());
        return b.append(" cue \"").append(d.cue()).append("\" task \"").append(d.task()).append('"').toString();
    }

    private static String body(BodyName n) { return (n.plural() ? "class " : "") + "\"" + n.printed() + "\""; }

    /** Prints each row's actual lines (to write a new row's expectations, then check them by hand). */
    public static void main(String[] args) {
        StageTable.print("duties", DutyTableTest::stated);
    }
}
