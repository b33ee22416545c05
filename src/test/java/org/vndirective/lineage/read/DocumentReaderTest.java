package org.vndirective.lineage.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vndirective.lineage.text.Decoder;
import org.vndirective.lineage.text.Digests;
import org.vndirective.lineage.text.SourceText;

class DocumentReaderTest {
    static final String PAGE1 = "TỈNH ỦY LÂM ĐỒNG\nSố 59-KH/TU\nKẾ HOẠCH\nthực hiện Kết luận số 18-KL/TW ngày 22/9/2017 của Ban Bí thư";
    static final String PAGE2 = "Các cấp ủy tổ chức quán triệt Chỉ thị số 10-CT/TW của Ban Bí thư khóa X.";
    static final String NO_OCR = "tesseract is not installed; " + Tesseract.INSTALL;

    @TempDir Path dir;

    private static DocumentReader noOcr() { return DocumentReader.builder().ocr(Ocr.none(NO_OCR)).build(); }

    private static SourceText decoded(Decoder.Result r) {
        return assertInstanceOf(Decoder.Decoded.class, r, () -> "rejected: " + r).text();
    }

    private static String rejected(Decoder.Result r) {
        return assertInstanceOf(Decoder.Rejected.class, r, () -> "read: " + r).reason();
    }

    @Test void pdfTextLayerKeepsPagesAndTheFileDigest() throws IOException {
        Path pdf = dir.resolve("59.pdf");
        Fixtures.textPdf(PAGE1 + "\f" + PAGE2, pdf);
        SourceText t = decoded(noOcr().read("59.pdf", pdf));
        assertEquals("PDF, text layer", t.encoding());
        assertEquals(Digests.sha256(Files.readAllBytes(pdf)), t.sha256());
        assertEquals(Files.size(pdf), t.byteLength());
        assertEquals(2, t.pageStarts().size());
        int kl = t.original().indexOf("18-KL/TW"), ct = t.original().indexOf("10-CT/TW");
        assertTrue(kl > 0 && ct > 0, t.original());
        assertEquals(1, t.page(kl));
        assertEquals(2, t.page(ct));
        assertTrue(t.original().contains("Kết luận số 18-KL/TW ngày 22/9/2017"), t.original());
    }

    @Test void wordAndHtmlAndMarkdownGiveTheirText() throws IOException {
        Fixtures.docx(PAGE1, dir.resolve("a.docx"));
        Fixtures.write(dir.resolve("a.html"), "<html><head><meta charset=\"utf-8\"><title>T</title><script>var x = '99-KH/TU';</script>"
                + "</head><body><h1>KẾ HOẠCH</h1><p>thực hiện Kết luận số 18-KL/TW</p></body></html>");
        Fixtures.write(dir.resolve("a.md"), "# Kế hoạch\n\nthực hiện Kết luận số 18-KL/TW\n");
        DocumentReader reader = noOcr();
        for (String name : List.of("a.docx", "a.html", "a.md")) {
            SourceText t = decoded(reader.read(name, dir.resolve(name)));
            assertTrue(t.original().contains("thực hiện Kết luận số 18-KL/TW"), name + ": " + t.original());
            assertFalse(t.original().contains("99-KH/TU"), name + ": scripts are not text");
            assertEquals(0, t.page(0), name + " has no pages");
        }
    }

    @Test void scanWithoutTesseractIsSkippedSayingWhatToInstall() throws IOException {
        Path pdf = dir.resolve("t.pdf");
        Fixtures.textPdf(PAGE1, pdf);
        Fixtures.scannedPdf(pdf, dir.resolve("scan.pdf"));
        String why = rejected(noOcr().read("scan.pdf", dir.resolve("scan.pdf")));
        assertTrue(why.startsWith("no text layer") && why.contains("tesseract-ocr-vie"), why);
    }

    @Test void scanIsReadByTesseractInVietnamese() throws IOException {
        String missing = Tesseract.standard().unavailable();
        assumeTrue(missing == null, () -> "OCR test skipped: " + missing);
        Path pdf = dir.resolve("t.pdf");
        Fixtures.textPdf(PAGE1 + "\f" + PAGE2, pdf);
        Fixtures.scannedPdf(pdf, dir.resolve("scan.pdf"));
        SourceText t = decoded(DocumentReader.standard().read("scan.pdf", dir.resolve("scan.pdf")));
        assertEquals("PDF, OCR of 2 of 2 pages (Tesseract (vie))", t.encoding());
        int ct = t.original().indexOf("10-CT/TW");
        assertTrue(t.original().contains("Kết luận số 18-KL/TW") && ct > 0, t.original());
        assertEquals(2, t.page(ct));
    }

    @Test void encryptedPdfIsSkipped() throws IOException {
        Path pdf = dir.resolve("t.pdf");
        Fixtures.textPdf(PAGE1, pdf);
        Fixtures.encrypt(pdf, dir.resolve("locked.pdf"));
        assertEquals("encrypted PDF (password-protected): cannot be read", rejected(noOcr().read("locked.pdf", dir.resolve("locked.pdf"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad.pdf  | %PDF-1.7 this is not a PDF body at all | not a readable PDF: ",
            "bad.docx | PK this is no zip                      | not a readable Word document (.docx): ",
            "bad.doc  | not an OLE2 file                       | not a readable Word 97-2003 document (.doc): ",
            "empty.pdf|                                        | file is empty"})
    void corruptFilesAreSkippedWithTheirFormat(String name, String content, String reason) throws IOException {
        Fixtures.write(dir.resolve(name), content == null ? "" : content);
        String why = rejected(noOcr().read(name, dir.resolve(name)));
        assertTrue(why.startsWith(reason.strip()), why);
    }

    @Test void aVeryLongPdfIsReadUpToThePageLimit() throws IOException {
        Path pdf = dir.resolve("long.pdf");
        Fixtures.textPdf((PAGE2 + "\f").repeat(2000), pdf);
        SourceText t = decoded(noOcr().read("long.pdf", pdf));
        assertEquals(1000, t.pageStarts().size());
        assertEquals(List.of("read only the first 1000 pages (a bounded read of a very long document)"), t.notes());
    }

    @Test void aDocxBombIsReadOnlyUpToTheCharacterLimit() throws IOException {
        Path bomb = dir.resolve("bomb.docx");
        Fixtures.docxBomb(bomb, 64);
        assertTrue(Files.size(bomb) < (1 << 20), "the bomb is small on disk");
        SourceText t = decoded(noOcr().read("bomb.docx", bomb));
        assertEquals(4 << 20, t.original().length());
        assertEquals(List.of("read only the first 4,194,304 characters (a bounded read of a very long document)"), t.notes());
    }

    @Test void characterLimitBoundsWhatIsKept() throws IOException {
        Path doc = dir.resolve("big.docx");
        Fixtures.docx((PAGE2 + "\n").repeat(2000), doc);
        SourceText t = decoded(DocumentReader.builder().ocr(Ocr.none(NO_OCR)).maxChars(10_000).build().read("big.docx", doc));
        assertEquals(10_000, t.original().length());
        assertEquals(List.of("read only the first 10,000 characters (a bounded read of a very long document)"), t.notes());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"06/QĐÐ-TTg|06/QĐ-TTg", "128-QĐÐ/BCSCLTW|128-QĐ/BCSCLTW", "Ðảng|Đảng", "ðồng|đồng",
            "Quyết định\f|Quyết định"})
    void tesseractsEthIsVietnameseD(String ocr, String clean) {
        assertEquals(clean, Tesseract.clean(ocr.replace("\\f", "\f")));
    }

    @ParameterizedTest
    @CsvSource({"a.pdf,true", "A.DOCX,true", "x/a.doc,true", "a.htm,true", "a.html,true", "a.md,true",
            "README.md,false", "docs/readme.md,false", "a.txt,false", "a.json,false"})
    void handlesTheDocumentExtensions(String name, boolean handled) {
        assertEquals(handled, DocumentReader.handles(name));
    }
}
