package org.vndirective.lineage.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vndirective.lineage.extract.Extractor;
import org.vndirective.lineage.extract.FileExtraction;
import org.vndirective.lineage.extract.Link;
import org.vndirective.lineage.text.SourceText;

/** A link's evidence sentence: whole when short; cut out of a long one at word ends, with "…" where it was cut. */
class EvidenceTest {
    private static final String LONG_TITLE = "về tăng cường công tác quản lý, bảo vệ và phát triển rừng bền vững gắn với sinh kế của người dân ".repeat(6);

    @Test
    void aShortSentenceIsGivenWhole() {
        String text = "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Tỉnh ủy đã ban hành Chương trình hành động số 12-CTr/TU ngày 10/2/2025.";
        FileExtraction x = Extractor.standard().extract(SourceText.of("short.txt", text));
        Link l = x.links().get(0);
        assertEquals(text, GraphBuilder.evidence(x.text().text(), l));
    }

    @Test
    void aLongSentenceIsCutAtWordsAndSaysSo() {
        String text = "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị " + LONG_TITLE + "và Kế hoạch số 30-KH/TU ngày"
                + " 02/6/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 80-KL/TW ngày 01/3/2025 của Ban Bí thư " + LONG_TITLE
                + ", Tỉnh ủy đã ban hành Chương trình hành động số 12-CTr/TU ngày 10/7/2025.";
        FileExtraction x = Extractor.standard().extract(SourceText.of("long.txt", text));
        Link l = x.links().stream().filter(Link::clipped).findFirst().orElseThrow();
        String ev = GraphBuilder.evidence(x.text().text(), l);
        assertTrue(ev.startsWith("… ") && ev.endsWith(" …"), ev);
        String inner = ev.substring(2, ev.length() - 2);
        // Cut at word ends: the evidence's first and last words are whole words of the text.
        assertTrue(text.contains(" " + inner.substring(0, inner.indexOf(' ') + 1)), inner);
        assertTrue(text.contains(" " + inner.substring(inner.lastIndexOf(' ') + 1) + " "), inner);
        assertTrue(ev.contains("30-KH/TU") && ev.contains("80-KL/TW"), ev);
        assertTrue(ev.length() < text.length() / 2, "cut: " + ev.length());
    }
}
