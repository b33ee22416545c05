package org.vndirective.lineage.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vndirective.lineage.text.SourceText;

/**
 * The link stage's table ({@code stages/links.table}): a text (with its header, when the row needs one) → the typed
 * links it states, "self" for the file's own document, each with its cue.
 */
class LinkTableTest {
    @TestFactory
    Stream<DynamicTest> links() {
        return StageTable.read("links").tests(LinkTableTest::stated);
    }

    static List<String> stated(String text) {
        FileExtraction x = Extractor.standard().extract(SourceText.of("row.txt", text));
        List<String> out = new ArrayList<>();
        for (Link l : x.links()) {
            out.add(end(x, l.subject()) + " " + l.relation().localName() + " " + end(x, l.object()) + " cue " + StageTable.quoted(l.cue()));
        }
        return out;
    }

    private static String end(FileExtraction x, Mention m) {
        return m == null ? "self" : StageTable.quoted(x.text().text().substring(m.start(), m.end()));
    }

    /** Prints each row's actual lines (to write a new row's expectations, then check them by hand). */
    public static void main(String[] args) {
        StageTable.print("links", LinkTableTest::stated);
    }
}
