package org.vndirective.lineage.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.vndirective.lineage.IngestResult;
import org.vndirective.lineage.Lineage;
import org.vndirective.lineage.extract.Extractor;
import org.vndirective.lineage.rdf.DatasetWriter;
import org.vndirective.lineage.text.Decoder;

/**
 * The scale run: for each corpus size, generate, then measure the floor (read + NFC), extraction alone (one core,
 * all cores), the whole ingest, peak heap, and quality against the generator's truth (the shared scorer).
 */
public final class ScaleBench {
    public record Row(int docs, double megabytes, double floorMBs, double extractMBsOneCore, double extractMBsAllCores,
                      double ingestSeconds, double peakHeapMB, String quality) {}

    private final PrintStream out;

    public ScaleBench(PrintStream out) { this.out = out; }

    public List<Row> run(List<Integer> sizes, long seed, Path work) throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        for (int n : sizes) {
            Path corpus = work.resolve("corpus-" + n);
            if (!Files.exists(corpus.resolve("truth.gold.json"))) {
                new CorpusGenerator(new CorpusGenerator.Options(n, seed, 0.1, 0.1)).generate(corpus);
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(corpus)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            long bytes = 0;
            for (Path f : files) bytes += Files.size(f);
            double mb = bytes / 1e6;

            double floor = best(3, () -> {
                long c = 0;
                for (Path f : files) c += Normalizer.normalize(new String(Files.readAllBytes(f), StandardCharsets.UTF_8), Normalizer.Form.NFC).length();
                return c;
            });
            Extractor ex = Extractor.standard();
            Decoder dec = Decoder.standard();
            double one = best(3, () -> {
                long c = 0;
                for (Path f : files) c += extract(ex, dec, f);
                return c;
            });
            double all = best(3, () -> files.parallelStream().mapToLong(f -> {
                try {
                    return extract(ex, dec, f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum());

            resetPeaks();
            long t0 = System.nanoTime();
            IngestResult r = Lineage.ingest(List.of(corpus));
            double ingest = (System.nanoTime() - t0) / 1e9;
            double peak = peakHeapMB();
            Path nq = work.resolve("g-" + n + ".nq");
            DatasetWriter.write(r.dataset(), nq);
            String quality = score(nq, corpus.resolve("truth.gold.json"));
            Row row = new Row(n, mb, mb / floor, mb / one, mb / all, ingest, peak, quality);
            rows.add(row);
            out.printf("%,d docs, %.1f MB: floor %.1f MB/s; extraction %.1f MB/s on one core (%.0f%% of the floor), %.1f MB/s on %d cores;"
                            + " ingest %.1f s; peak heap %.0f MB; %s%n", n, mb, row.floorMBs(), row.extractMBsOneCore(),
                    100 * row.extractMBsOneCore() / row.floorMBs(), row.extractMBsAllCores(), Runtime.getRuntime().availableProcessors(),
                    ingest, peak, quality);
        }
        return rows;
    }

    private static long extract(Extractor ex, Decoder dec, Path f) throws IOException {
        Decoder.Result r = dec.decode(f.getFileName().toString(), f.toString(), Files.readAllBytes(f));
        return r instanceof Decoder.Decoded d ? ex.extract(d.text()).links().size() : 0;
    }

    interface Work { long run() throws IOException; }

    /** Best of k runs, in seconds. */
    private static double best(int k, Work w) throws IOException {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < k; i++) {
            long t0 = System.nanoTime();
            w.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    private static double peakHeapMB() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum / 1e6;
    }

    /** The shared scorer's last line, or why it could not run. */
    private static String score(Path nq, Path truth) throws InterruptedException {
        Path scorer = Path.of("../shared/eval/score.py");
        if (!Files.exists(scorer)) return "quality: not scored (no ../shared/eval/score.py)";
        try {
            Process p = new ProcessBuilder("python3", scorer.toString(), nq.toString(), truth.toString()).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return "quality: " + said.substring(said.lastIndexOf('\n') + 1);
        } catch (IOException e) {
            return "quality: not scored (" + e.getMessage() + ")";
        }
    }
}
