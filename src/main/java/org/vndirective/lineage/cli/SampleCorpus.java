package org.vndirective.lineage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled sample corpus (four Lâm Đồng texts), copied out of the jar to a temporary folder. */
public final class SampleCorpus {
    static final List<String> FILES = List.of("000_65312ab16a694310.txt", "001_5d9c08b32df71cfa.txt",
            "002_96d47606b084ea54.txt", "003_d36600f59ffdebfe.txt");

    private SampleCorpus() {}

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temp folder left behind is harmless.
        }
    }

    public static Path extract() {
        try {
            Path dir = Files.createTempDirectory("lineage-sample-");
            Path lamDong = Files.createDirectories(dir.resolve("lam-dong"));
            for (String f : FILES) {
                try (InputStream in = SampleCorpus.class.getResourceAsStream("/corpus/lam-dong/" + f)) {
                    if (in == null) throw new IllegalStateException("sample corpus missing from the jar: " + f);
                    Files.copy(in, lamDong.resolve(f));
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            return lamDong;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the sample corpus: " + e.getMessage(), e);
        }
    }
}
