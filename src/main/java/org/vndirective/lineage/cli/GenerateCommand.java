package org.vndirective.lineage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vndirective.lineage.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "generate", description = "Write a synthetic corpus with its truth (truth.gold.json) for benchmarks.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--docs", required = true, paramLabel = "N", description = "How many documents.")
    int docs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Same seed, same bytes (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--ocr", defaultValue = "0.10", paramLabel = "SHARE", description = "Share of OCR-damaged texts, 0 to 1 (default ${DEFAULT-VALUE}).")
    double ocr;

    @Option(names = "--nfd", defaultValue = "0.10", paramLabel = "SHARE", description = "Share of texts in Unicode NFD (decomposed accents), 0 to 1 (default ${DEFAULT-VALUE}).")
    double nfd;

    @Parameters(index = "0", paramLabel = "OUT_DIR", description = "Folder to write the texts and truth.gold.json into.")
    Path out;

    @Override public Integer call() throws Exception {
        if (docs < 1) throw new Main.UsageError("--docs takes a whole number from 1: " + docs);
        if (!(ocr >= 0 && ocr <= 1) || !(nfd >= 0 && nfd <= 1)) throw new Main.UsageError("--ocr and --nfd take a share from 0 to 1");
        long t0 = System.nanoTime();
        var r = new CorpusGenerator(new CorpusGenerator.Options(docs, seed, ocr, nfd)).generate(out);
        System.out.printf("wrote %d files (%.1f MB), %d links, in %.1f s%n", r.files(), r.bytes() / 1e6, r.links(), (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
