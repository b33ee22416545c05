package org.vndirective.lineage.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vndirective.lineage.text.AlignedText;

/** The header stage's table ({@code stages/header.table}): text → the file's own notation, type, date, title, body. */
class HeaderTableTest {
    @TestFactory
    Stream<DynamicTest> headers() {
        return StageTable.read("header").tests(HeaderTableTest::found);
    }

    static List<String> found(String text) {
        AlignedText t = StageTable.normalised("row", text);
        Header h = HeaderReader.standard().read(t, MentionFinder.standard().find(t).mentions());
        List<String> out = new ArrayList<>();
        if (h.self() != null) out.add("self " + h.self().notation().canonical());
        if (h.typeClass() != null) out.add("type " + h.typeClass());
        if (h.date() != null) out.add("date " + h.date());
        if (h.title() != null) out.add("title " + StageTable.quoted(h.title()));
        String body = t.text().substring(h.bodyStart()).strip();
        out.add("body " + StageTable.quoted(body.substring(0, Math.min(body.length(), 30))));
        return out;
    }

    /** Prints each row's actual lines (to write a new row's expectations, then check them by hand). */
    public static void main(String[] args) {
        StageTable.print("header", HeaderTableTest::found);
    }
}
