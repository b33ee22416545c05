package org.vndirective.lineage;

import org.vndirective.lineage.report.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndirective.lineage.rdf.GraphSink;
import org.vndirective.lineage.read.DocumentReader;
import org.vndirective.lineage.read.Fixtures;
import org.vndirective.lineage.read.Ocr;
import org.vndirective.lineage.text.Digests;

/** A researcher's folder: PDFs, Word, HTML and bad documents in one ingest; the good ones used, the bad ones named. */
class DocumentsIngestTest {
    static final String PLAN = "TỈNH ỦY LÂM ĐỒNG\nSố 59-KH/TU\nLâm Đồng, ngày 10 tháng 8 năm 2018\nKẾ HOẠCH\n"
            + "thực hiện Kết luận số 18-KL/TW, ngày 22/9/2017 của Ban Bí thư\n-----\nNội dung.\n";

    @TempDir Path dir;

    @Test void aMixedFolderIngestsInOneRun() throws IOException {
        Fixtures.textPdf("Nội dung chuẩn bị.\f" + PLAN, dir.resolve("a-plan.pdf"));
        Fixtures.docx(PLAN.replace("59-KH/TU", "60-KH/TU"), dir.resolve("b-plan.docx"));
        Fixtures.write(dir.resolve("c-plan.html"), "<html><body><p>" + PLAN.replace("59-KH/TU", "61-KH/TU").replace("\n", "</p><p>") + "</p></body></html>");
        Fixtures.encrypt(dir.resolve("a-plan.pdf"), dir.resolve("d-locked.pdf"));
        Fixtures.write(dir.resolve("e-broken.pdf"), "%PDF-1.4 broken");
        Fixtures.scannedPdf(dir.resolve("a-plan.pdf"), dir.resolve("f-scan.pdf"));
        Fixtures.write(dir.resolve("README.md"), "About this folder: Kế hoạch số 99-KH/TU.");

        List<Problem> problems = new ArrayList<>();
        DatasetGraph ds = DatasetGraphFactory.create();
        DocumentReader noOcr = DocumentReader.builder().ocr(Ocr.none("install tesseract-ocr-vie")).build();
        Ingest.Outcome o = Ingest.create().inputs(List.of(dir)).documents(noOcr).problems(problems::add).build()
                .run(GraphSink.into(ds));

        assertEquals(6, o.summary().files(), problems.toString());
        assertEquals(3, o.summary().filesSkipped(), problems.toString());
        assertTrue(o.conforms(), o.shapeViolations().toString());
        String said = problems.toString();
        assertTrue(said.contains("d-locked.pdf: skipped: encrypted PDF (password-protected)"), said);
        assertTrue(said.contains("e-broken.pdf: skipped: not a readable PDF"), said);
        assertTrue(said.contains("f-scan.pdf: skipped: no text layer (a scanned PDF?) and no OCR: install tesseract-ocr-vie"), said);

        var g = new GraphQueries(ds);
        for (String n : List.of("59-KH/TU", "60-KH/TU", "61-KH/TU")) {
            assertTrue(g.ask("ASK { ?d vnd:notation \"" + n + "\" ; vnd:implements ?k . ?k vnd:notation \"18-KL/TW\" }"), n);
        }
        assertTrue(g.ask("ASK { ?ev vnd:linkObject ?k ; vnd:page 2 ; vnd:sourceFile/vnd:fileName \"a-plan.pdf\" . ?k vnd:notation \"18-KL/TW\" }"),
                "the PDF's evidence names its page");
        assertTrue(g.ask("ASK { ?ev vnd:sourceFile/vnd:fileName \"b-plan.docx\" . FILTER NOT EXISTS { ?ev vnd:page ?p } }"),
                "Word has no pages");
        String sha = Digests.sha256(Files.readAllBytes(dir.resolve("a-plan.pdf")));
        assertTrue(g.ask("ASK { ?s vnd:fileName \"a-plan.pdf\" ; vnd:sha256 \"" + sha + "\" ; vnd:encoding \"PDF, text layer\" }"));
    }
}
