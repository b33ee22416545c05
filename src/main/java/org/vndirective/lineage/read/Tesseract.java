package org.vndirective.lineage.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code pdftoppm} renders the page (300 dpi, grey, outside the JVM's heap) and {@code tesseract} reads it
 * with its Vietnamese model, one thread each: pages are read in parallel by the ingest already.
 */
public final class Tesseract implements Ocr {
    static final String INSTALL = "install Debian's tesseract-ocr, tesseract-ocr-vie and poppler-utils to OCR it";
    private final String tesseract;
    private final String pdftoppm;
    private final String language;
    private final long timeoutSeconds;
    private volatile String unavailable;
    private volatile boolean checked;

    public Tesseract(String tesseract, String pdftoppm, String language, long timeoutSeconds) {
        this.tesseract = tesseract;
        this.pdftoppm = pdftoppm;
        this.language = language;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The binaries on the PATH, Vietnamese, two minutes a page. */
    public static Tesseract standard() { return new Tesseract("tesseract", "pdftoppm", "vie", 120); }

    @Override public String name() { return "Tesseract (" + language + ")"; }

    @Override public String unavailable() {
        if (!checked) {
            synchronized (this) {
                if (!checked) {
                    unavailable = check();
                    checked = true;
                }
            }
        }
        return unavailable;
    }

    private String check() {
        String langs = run(List.of(tesseract, "--list-langs"));
        if (langs == null) return "tesseract is not installed; " + INSTALL;
        if (langs.lines().map(String::strip).noneMatch(language::equals)) {
            return "tesseract has no '" + language + "' model; " + INSTALL;
        }
        if (run(List.of(pdftoppm, "-v")) == null) return "pdftoppm is not installed; " + INSTALL;
        return null;
    }

    /** A short command's output (stdout and stderr), or null when it cannot run. */
    private static String run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) { out = new String(in.readAllBytes(), StandardCharsets.UTF_8); }
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Tesseract's Vietnamese model reads Đ as "ĐÐ" or as the Icelandic eth (Ð, ð), letters Vietnamese never uses:
     * on real-dev's scans "QĐ-TTg" came out "QĐÐ-TTg" in most files. Form feeds end its pages.
     */
    static String clean(String ocr) {
        return ocr.replace("\f", "").replace("ĐÐ", "Đ").replace("đð", "đ").replace('Ð', 'Đ').replace('ð', 'đ');
    }

    @Override public String page(Path pdf, int page) throws IOException {
        Path out = Files.createTempFile("lineage-ocr", ".txt");
        Path err = Files.createTempFile("lineage-ocr", ".err");
        List<Process> ps = List.of();
        try {
            String n = String.valueOf(page);
            ProcessBuilder render = new ProcessBuilder(pdftoppm, "-r", "300", "-gray", "-png", "-f", n, "-l", n,
                    pdf.toAbsolutePath().toString()).redirectError(ProcessBuilder.Redirect.DISCARD);
            ProcessBuilder read = new ProcessBuilder(tesseract, "stdin", "stdout", "-l", language)
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            read.environment().put("OMP_THREAD_LIMIT", "1");
            ps = ProcessBuilder.startPipeline(List.of(render, read));
            Process last = ps.get(1);
            if (!last.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new IOException("OCR of page " + page + " took over " + timeoutSeconds + " s");
            }
            if (last.exitValue() != 0) {
                String msg = Files.readString(err, StandardCharsets.UTF_8).strip();
                throw new IOException("OCR of page " + page + " failed: " + (msg.isEmpty() ? "exit " + last.exitValue() : msg.lines().reduce((a, b) -> b).orElse("")));
            }
            return clean(Files.readString(out, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("OCR interrupted", e);
        } finally {
            ps.forEach(Process::destroyForcibly);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
