package org.vndirective.lineage.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * For the format benchmark (src/test/scripts/formats-score.sh): each .txt of a folder as a PDF with a text layer
 * ({@code OUT/text/NAME.pdf}) and as a scan of that PDF, 300 dpi images only ({@code OUT/scan/NAME.pdf}).
 * Prints the number of files and pages.
 */
public final class RenderCorpus {
    private RenderCorpus() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RenderCorpus IN_FOLDER OUT_FOLDER");
            System.exit(2);
        }
        Path in = Path.of(args[0]), out = Path.of(args[1]);
        Files.createDirectories(out.resolve("text"));
        Files.createDirectories(out.resolve("scan"));
        List<Path> texts;
        try (Stream<Path> s = Files.list(in)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int pages = 0;
        for (Path t : texts) {
            String name = t.getFileName().toString().replaceFirst("\\.txt$", ".pdf");
            Fixtures.textPdf(Files.readString(t, StandardCharsets.UTF_8), out.resolve("text").resolve(name));
            pages += Fixtures.scannedPdf(out.resolve("text").resolve(name), out.resolve("scan").resolve(name));
        }
        System.out.println(texts.size() + " files, " + pages + " pages");
    }
}
