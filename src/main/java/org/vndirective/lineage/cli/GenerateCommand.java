package org.vndirective.lineage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vndirective.lineage.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "generate", description = "Write a synthetic corpus with its truth (truth.gold.json) for benchmarks.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--docs", required = true, description = "How many documents.")
    int docs;

    @Option(names = "--seed", defaultValue = "1", description = "Same seed, same bytes (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--ocr", defaultValue = "0.10", description = "Share of OCR-damaged texts (default ${DEFAULT-VALUE}).")
    double ocr;

    @Option(names = "--nfd", defaultValue = "0.10", description = "Share of NFD texts (default ${DEFAULT-VALUE}).")
    double nfd;

    @Parameters(index = "0", paramLabel = "OUT_DIR")
    Path out;

    @Override public Integer call() throws Exception {
        long t0 = System.nanoTime();
        var r = new CorpusGenerator(new CorpusGenerator.Options(docs, seed, ocr, nfd)).generate(out);
        System.out.printf("wrote %d files (%.1f MB), %d links, in %.1f s%n", r.files(), r.bytes() / 1e6, r.links(), (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
