package org.vndirective.lineage.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.vndirective.lineage.text.Decoder;
import org.vndirective.lineage.text.SourceText;
import org.xml.sax.ContentHandler;

/**
 * A published document to a {@link SourceText}, or the reason it cannot be used: PDF, Word and HTML through Apache
 * Tika (one parser each, embedded files ignored), Markdown through the {@link Decoder} like any text. PDF pages
 * without a usable text layer are read by {@link Ocr}. Bounded in pages, characters and time; thread-safe.
 */
public final class DocumentReader {
    /** The extensions read here, beside .txt. */
    public static final List<String> EXTENSIONS = List.of(".pdf", ".docx", ".doc", ".html", ".htm", ".md");

    private final Decoder decoder;
    private final Ocr ocr;
    private final long maxBytes;
    private final int maxPages;
    private final int maxChars;
    private final int maxOcrPages;
    private final Duration timeLimit;

    private DocumentReader(Builder b) {
        this.decoder = b.decoder;
        this.ocr = b.ocr;
        this.maxBytes = b.maxBytes;
        this.maxPages = b.maxPages;
        this.maxChars = b.maxChars;
        this.maxOcrPages = b.maxOcrPages;
        this.timeLimit = b.timeLimit;
    }

    public static DocumentReader standard() { return builder().build(); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private Decoder decoder = Decoder.standard();
        private Ocr ocr = Tesseract.standard();
        private long maxBytes = 256L << 20;
        private int maxPages = 1_000;
        private int maxChars = 4 << 20;
        private int maxOcrPages = 200;
        private Duration timeLimit = Duration.ofMinutes(10);

        /** For Markdown, which is text. */
        public Builder decoder(Decoder decoder) { this.decoder = decoder; return this; }
        public Builder ocr(Ocr ocr) { this.ocr = ocr; return this; }
        /** Larger files are skipped unread (default 256 MB). */
        public Builder maxBytes(long bytes) { this.maxBytes = bytes; return this; }
        /** Pages past this are left out, with a note (default 1,000). */
        public Builder maxPages(int pages) { this.maxPages = pages; return this; }
        /** Text past this many characters is left out, with a note (default 4 Mi). */
        public Builder maxChars(int chars) { this.maxChars = chars; return this; }
        /** Scanned pages past this are not OCR'd, with a note (default 200). */
        public Builder maxOcrPages(int pages) { this.maxOcrPages = pages; return this; }
        /** Reading and OCR of one file stop after this, keeping what was read, with a note (default 10 min). */
        public Builder timeLimit(Duration limit) { this.timeLimit = limit; return this; }

        public DocumentReader build() { return new DocumentReader(this); }
    }

    /** Whether the file's extension is one read here; a folder's README is about the folder, not a document. */
    public static boolean handles(String fileName) {
        String base = fileName.substring(fileName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return extension(fileName) != null && !base.startsWith("readme.");
    }

    public Decoder.Result read(String name, Path path) {
        String ext = extension(name);
        if (ext == null) throw new IllegalArgumentException("not a document format: " + name);
        try {
            long size = Files.size(path);
            if (ext.equals(".md")) {
                return size > decoder.maxBytes() ? decoder.tooLarge(size) : decoder.decode(name, path.toString(), Files.readAllBytes(path));
            }
            if (size > maxBytes) return new Decoder.Rejected("file is %d MB, over the %d MB limit".formatted(size >> 20, maxBytes >> 20));
            if (size == 0) return new Decoder.Rejected("file is empty");
            return parse(name, path, ext, size, sha256(path));
        } catch (IOException e) {
            return new Decoder.Rejected("cannot read: " + e.getMessage());
        }
    }

    private Decoder.Result parse(String name, Path path, String ext, long size, String sha) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        PageCollector pages = new PageCollector(maxPages, maxChars, deadline);
        Metadata meta = new Metadata();
        String format = format(ext);
        try (InputStream in = TikaInputStream.get(path)) {
            parser(ext).parse(in, new BodyContentHandler((ContentHandler) pages), meta, context());
        } catch (EncryptedDocumentException e) {
            return new Decoder.Rejected("encrypted %s (password-protected): cannot be read".formatted(format));
        } catch (IOException | TikaException | org.xml.sax.SAXException | RuntimeException e) {
            if (pages.stopped() == null) {
                if (causedBy(e, EncryptedDocumentException.class)) {
                    return new Decoder.Rejected("encrypted %s (password-protected): cannot be read".formatted(format));
                }
                return new Decoder.Rejected("not a readable %s: %s".formatted(format, rootMessage(e)));
            }
        }
        List<String> notes = new ArrayList<>();
        if (pages.stopped() != null) notes.add(pages.stopped() + " (a bounded read of a very long document)");
        String text = pages.text();
        List<Integer> starts = pages.pageStarts();
        String how = ext.equals(".html") || ext.equals(".htm") ? format + ", " + meta.get(Metadata.CONTENT_ENCODING) : format;
        if (ext.equals(".pdf")) {
            Ocrd o = ocrWhereNeeded(path, pages, deadline, notes);
            if (o.rejected != null) return new Decoder.Rejected(o.rejected);
            text = o.text;
            starts = o.starts;
            how = o.ocrPages == 0 ? "PDF, text layer"
                    : "PDF, OCR of %d of %d pages (%s)".formatted(o.ocrPages, starts.size(), ocr.name());
        }
        if (text.isBlank()) return new Decoder.Rejected(format + " holds no text");
        return new Decoder.Decoded(new SourceText(name, path.toString(), text, how, sha, size, notes, starts));
    }

    private record Ocrd(String text, List<Integer> starts, int ocrPages, String rejected) {}

    /** Pages without a usable text layer replaced by their OCR, where there is OCR and time. */
    private Ocrd ocrWhereNeeded(Path path, PageCollector pages, long deadline, List<String> notes) {
        int n = pages.pageStarts().size();
        BitSet scanned = new BitSet(n);
        for (int i = 0; i < n; i++) if (!TextLayer.usable(pages.page(i))) scanned.set(i);
        if (scanned.isEmpty()) return new Ocrd(pages.text(), pages.pageStarts(), 0, null);
        String why = ocr.unavailable();
        if (why != null) {
            if (scanned.cardinality() == n) return new Ocrd(null, null, 0, "no text layer (a scanned PDF?) and no OCR: " + why);
            notes.add("%s without a usable text layer left as they are: %s".formatted(pageList(scanned), why));
            return new Ocrd(pages.text(), pages.pageStarts(), 0, null);
        }
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        int done = 0;
        String stop = null;
        for (int i = 0; i < n; i++) {
            starts.add(text.length());
            String page = pages.page(i);
            if (stop == null && scanned.get(i)) {
                if (done == maxOcrPages) stop = "OCR'd only the first %d scanned pages".formatted(maxOcrPages);
                else if (System.nanoTime() - deadline > 0) stop = "OCR stopped after the time limit, at page " + (i + 1);
                else {
                    try {
                        String read = ocr.page(path, i + 1);
                        if (TextLayer.letters(read) > TextLayer.letters(page)) page = read.endsWith("\n") ? read : read + "\n";
                        done++;
                    } catch (IOException e) {
                        notes.add(e.getMessage());
                    }
                }
            }
            text.append(page);
        }
        if (stop != null) notes.add(stop);
        return new Ocrd(text.toString(), starts, done, null);
    }

    private static String pageList(BitSet pages) {
        int n = pages.cardinality();
        StringBuilder b = new StringBuilder(n == 1 ? "page " : "pages ");
        int shown = 0;
        for (int i = pages.nextSetBit(0); i >= 0 && shown < 10; i = pages.nextSetBit(i + 1)) {
            b.append(shown++ == 0 ? "" : ", ").append(i + 1);
        }
        if (n > 10) b.append(" and ").append(n - 10).append(" more");
        return b.toString();
    }

    private static Parser parser(String ext) {
        return switch (ext) {
            case ".pdf" -> new PDFParser();
            case ".docx" -> new OOXMLParser();
            case ".doc" -> new OfficeParser();
            default -> new JSoupParser();
        };
    }

    private static ParseContext context() {
        ParseContext c = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(false);
        pdf.setMaxMainMemoryBytes(64L << 20);
        c.set(PDFParserConfig.class, pdf);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setIncludeHeadersAndFooters(false);
        office.setIncludeDeletedContent(false);
        c.set(OfficeParserConfig.class, office);
        // Attachments and embedded objects are not the document's text, and could be bombs of their own.
        c.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
            @Override public boolean shouldParseEmbedded(Metadata m) { return false; }
            @Override public void parseEmbedded(InputStream s, ContentHandler h, Metadata m, boolean outputHtml) {}
        });
        return c;
    }

    private static String format(String ext) {
        return switch (ext) {
            case ".pdf" -> "PDF";
            case ".docx" -> "Word document (.docx)";
            case ".doc" -> "Word 97-2003 document (.doc)";
            default -> "HTML page";
        };
    }

    private static String extension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) if (lower.endsWith(ext)) return ext;
        return null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }

    /** The innermost message, first line, so one bad file is one line. */
    private static String rootMessage(Throwable e) {
        String msg = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) msg = t.getMessage();
        }
        if (msg == null) return e.getClass().getSimpleName();
        String line = msg.strip().lines().findFirst().orElse(msg);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static String sha256(Path path) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
