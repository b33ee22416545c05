package org.vndirective.lineage.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Documents made by the tests (no binaries committed): PDFs with a text layer (PDFBox and Debian's DejaVu Sans, which
 * has every Vietnamese letter), scans of them (300 dpi, image only), encrypted and very long PDFs, .docx files and
 * a .docx bomb written by hand.
 */
public final class Fixtures {
    static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final float MARGIN = 56, SIZE = 11, LEADING = 15;

    private Fixtures() {}

    /** Lines of text on A4 pages, wrapped at the margin; a form feed starts a new page. */
    public static void textPdf(String text, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, FONT.toFile());
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (String pageText : Normalizer.normalize(text, Normalizer.Form.NFC).split("\f")) {
                List<String> lines = new ArrayList<>();
                for (String line : pageText.split("\n", -1)) lines.addAll(wrap(line.replace("\t", " ").stripTrailing(), font, width));
                for (int from = 0; from < lines.size() || from == 0; from += perPage) {
                    page(doc, font, lines.subList(from, Math.min(lines.size(), from + perPage)));
                }
            }
            doc.save(out.toFile());
        }
    }

    private static void page(PDDocument doc, PDFont font, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(font, SIZE);
            cs.setLeading(LEADING);
            cs.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
            for (String l : lines) {
                cs.showText(l);
                cs.newLine();
            }
            cs.endText();
        }
    }

    private static List<String> wrap(String line, PDFont font, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : line.split(" ")) {
            String next = cur.isEmpty() ? word : cur + " " + word;
            if (!cur.isEmpty() && font.getStringWidth(next) / 1000 * SIZE > width) {
                out.add(cur.toString());
                cur.setLength(0);
                cur.append(word);
            } else {
                cur.setLength(0);
                cur.append(next);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** Each page of {@code pdf} as a 300 dpi grey image, and nothing else: what a scanner gives. Returns the page count. */
    public static int scannedPdf(Path pdf, Path out) throws IOException {
        try (PDDocument src = Loader.loadPDF(pdf.toFile()); PDDocument doc = new PDDocument()) {
            PDFRenderer r = new PDFRenderer(src);
            for (int i = 0; i < src.getNumberOfPages(); i++) {
                BufferedImage img = r.renderImageWithDPI(i, 300, ImageType.GRAY);
                PDPage page = new PDPage(src.getPage(i).getMediaBox());
                doc.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            doc.save(out.toFile());
            return src.getNumberOfPages();
        }
    }

    /** A copy of {@code pdf} that opens only with a password. */
    public static void encrypt(Path pdf, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            doc.save(out.toFile());
        }
    }

    /** A .docx of one paragraph per line, written as the zip it is. */
    public static void docx(String text, Path out) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n")) body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(xml(line)).append("</w:t></w:r></w:p>");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            docxParts(z);
            entry(z, "word/document.xml", DOC_HEAD + body + DOC_TAIL);
        }
    }

    /** A small .docx whose document.xml inflates to {@code mb} megabytes of one repeated paragraph. */
    static void docxBomb(Path out, int mb) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            docxParts(z);
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write(DOC_HEAD.getBytes(StandardCharsets.UTF_8));
            byte[] p = "<w:p><w:r><w:t>Kế hoạch số 59-KH/TU</w:t></w:r></w:p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < (long) mb << 20; written += p.length) z.write(p);
            z.write(DOC_TAIL.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
    }

    private static final String DOC_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    private static final String DOC_TAIL = "</w:body></w:document>";

    private static void docxParts(ZipOutputStream z) throws IOException {
        entry(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>");
        entry(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
    }

    private static void entry(ZipOutputStream z, String name, String content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Writes {@code text} to {@code out}; for the small text fixtures. */
    public static Path write(Path out, String text) throws IOException {
        Files.writeString(out, text, StandardCharsets.UTF_8);
        return out;
    }

}
