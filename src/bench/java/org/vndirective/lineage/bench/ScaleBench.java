package org.vndirective.lineage.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.vndirective.lineage.extract.Extractor;
import org.vndirective.lineage.text.Decoder;

/**
 * The scale run. For each corpus size: generate (once, kept), then measure the floor (read + NFC), extraction alone
 * on one core and on all, the whole ingest in a child JVM capped at 512 MB of heap (its time, peak heap and peak
 * RSS), quality against the generator's truth, the load into our store next to Jena's bulk loader, and lineage
 * query latency and throughput. Each size's figures go to {@code results.tsv} as they are known; the plot and the
 * Markdown tables ({@code results.md}) are drawn from the rows at the end.
 */
public final class ScaleBench {
    /** {@code keepGraphs}: leave each ingest's N-Quads (g-N.nq) in the work folder, to score them apart. */
    public record Options(List<Integer> sizes, long seed, Path work, int scoreUpTo, double secondsPerClientLevel,
                          boolean queries, boolean keepGraphs) {}

    private final PrintStream out;

    public ScaleBench(PrintStream out) { this.out = out; }

    public List<Row> run(Options o) throws Exception {
        List<Row> rows = new ArrayList<>();
        Files.createDirectories(o.work());
        for (int n : o.sizes()) {
            Row r = new Row();
            r.docs = n;
            Path corpus = o.work().resolve("corpus-" + n);
            if (!Files.exists(corpus.resolve("truth.gold.json"))) {
                new CorpusGenerator(new CorpusGenerator.Options(n, o.seed(), 0.1, 0.1)).generate(corpus);
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(corpus)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            long bytes = 0;
            for (Path f : files) bytes += Files.size(f);
            r.megabytes = bytes / 1e6;
            int k = n <= 20_000 ? 3 : 1;
            r.floorMBs = r.megabytes / best(k, () -> {
                long c = 0;
                for (Path f : files) c += Normalizer.normalize(new String(Files.readAllBytes(f), StandardCharsets.UTF_8), Normalizer.Form.NFC).length();
                return c;
            });
            Extractor ex = Extractor.standard();
            Decoder dec = Decoder.standard();
            r.extractOneMBs = r.megabytes / best(k, () -> {
                long c = 0;
                for (Path f : files) c += extract(ex, dec, f);
                return c;
            });
            r.extractAllMBs = r.megabytes / best(k, () -> files.parallelStream().mapToLong(f -> {
                try {
                    return extract(ex, dec, f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum());
            say("%,d docs, %.1f MB: floor %.1f MB/s; extraction %.1f MB/s on one core (%.0f%% of the floor, %,.0f docs/s), %.1f MB/s on all cores",
                    n, r.megabytes, r.floorMBs, r.extractOneMBs, 100 * r.extractOneMBs / r.floorMBs, n / (r.megabytes / r.extractOneMBs), r.extractAllMBs);

            Path nq = o.work().resolve("g-" + n + ".nq");
            ingestInChild(corpus, nq, n, r);
            say("  ingest (child JVM, -Xmx512m): %.1f s, peak heap %d MB, peak RSS %d MB", r.ingestSeconds, r.peakHeapMB, r.peakRssMB);
            r.quality = score(n <= o.scoreUpTo() ? SHARED_SCORER : INDEXED_SCORER, nq, corpus.resolve("truth.gold.json"));
            say("  quality: %s", r.quality);

            Path store = o.work().resolve("store-" + n);
            LoadBench.Result load = LoadBench.run(nq, store, o.work().resolve("jena-" + n));
            r.quads = load.quads();
            r.oursLoadSeconds = load.oursSeconds();
            r.closureSeconds = load.closureSeconds();
            r.jenaLoadSeconds = load.jenaSeconds();
            say("  load %,d quads: ours %.1f s (%,.0f quads/s, with text index), closure %.1f s; Jena bulk loader %.1f s (%,.0f quads/s); ratio %.2f",
                    r.quads, r.oursLoadSeconds, load.oursRate(), r.closureSeconds, r.jenaLoadSeconds, load.jenaRate(), load.oursRate() / load.jenaRate());
            if (!o.keepGraphs()) Files.deleteIfExists(nq);

            if (o.queries()) {
                r.q = QueryBench.run(store, o.seed(), o.secondsPerClientLevel());
                say("  upstream chain in process: saved %s; property path %s; the path takes %.2f× the saved query's time", r.q.chain(), r.q.chainPath(), r.q.chainPath().p50() / r.q.chain().p50());
                say("  downstream tree in process: saved %s; property path %s", r.q.tree(), r.q.treePath());
                say("  over HTTP: chain %s; chain by property path %s; tree %s", r.q.chainHttp(), r.q.chainPathHttp(), r.q.treeHttp());
                say("  HTTP throughput (chain): %.0f q/s with 1 client, %.0f with 8, %.0f with 32", r.q.qps()[0], r.q.qps()[1], r.q.qps()[2]);
                say("  ancestors (closure lookup): in process %s, the path takes %.2f× its time; over HTTP %s; %.0f q/s with 32 clients",
                        r.q.ancestors(), r.q.chainPath().p50() / r.q.ancestors().p50(), r.q.ancestorsHttp(), r.q.ancestorsQps32());
            }
            LoadBench.delete(store);
            rows.add(r);
            Files.writeString(o.work().resolve("results.tsv"), (Files.exists(o.work().resolve("results.tsv")) ? "" : Row.HEADER + "\n") + r.tsv() + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        say("plot: %s; tables: %s", report(rows, o.work()), o.work().resolve("results.md"));
        return rows;
    }

    /** Draws the plot and writes the tables again from a run's {@code results.tsv} (e.g. for a run stopped before its end). */
    public static Path replot(Path work) throws IOException {
        return report(Files.readAllLines(work.resolve("results.tsv")).stream().skip(1).map(Row::parse).toList(), work);
    }

    /** The plot (returned) and the Markdown tables ({@code results.md}) of a run. */
    private static Path report(List<Row> rows, Path work) throws IOException {
        Path png = work.resolve("scale-loglog.png");
        Plot.draw(rows, png);
        Files.writeString(work.resolve("results.md"), Tables.markdown(rows));
        return png;
    }

    private void say(String fmt, Object... args) {
        out.printf(fmt + "%n", args);
        out.flush();
    }

    private static void ingestInChild(Path corpus, Path nq, int n, Row r) throws IOException, InterruptedException {
        ChildIngest c = ChildIngest.run(List.of("--validate-every", n > 20_000 ? "100" : "1", "--out", nq.toString(), corpus.toString()));
        r.ingestSeconds = c.seconds();
        r.peakHeapMB = c.peakHeapMB();
        r.peakRssMB = c.peakRssMB();
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

    static final Path SHARED_SCORER = Path.of("../shared/eval/score.py");
    /** The shared scorer with lookups for its scans: the same report, in time linear in the graph (hours → minutes at 100k). */
    static final Path INDEXED_SCORER = Path.of("src/bench/score_indexed.py");

    /** The scorer's last line (marked when it is the indexed copy), or why it could not run. */
    private static String score(Path scorer, Path nq, Path truth) throws InterruptedException {
        if (!Files.exists(scorer)) return "not scored (no " + scorer + ")";
        try {
            Process p = new ProcessBuilder("python3", scorer.toString(), nq.toString(), truth.toString()).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            String last = said.substring(said.lastIndexOf('\n') + 1);
            return scorer.equals(INDEXED_SCORER) ? last + " (indexed scorer)" : last;
        } catch (IOException e) {
            return "not scored (" + e.getMessage() + ")";
        }
    }

    /** One size's figures. */
    public static final class Row {
        static final String HEADER = String.join("\t", "docs", "MB", "floor_MBs", "extract_1core_MBs", "extract_all_MBs",
                "ingest_s", "peak_heap_MB", "peak_rss_MB", "quads", "load_ours_s", "closure_s", "load_jena_s",
                "chain_p50_ms", "chain_p99_ms", "chain_path_p50_ms", "chain_path_p99_ms", "tree_p50_ms", "tree_p99_ms",
                "tree_path_p50_ms", "tree_path_p99_ms", "chain_http_p50_ms", "chain_http_p99_ms", "chain_path_http_p50_ms",
                "tree_http_p50_ms", "qps_1", "qps_8", "qps_32", "quality",
                "ancestors_p50_ms", "ancestors_p99_ms", "ancestors_http_p50_ms", "ancestors_http_p99_ms", "ancestors_qps_32");
        int docs;
        double megabytes, floorMBs, extractOneMBs, extractAllMBs, ingestSeconds;
        int peakHeapMB, peakRssMB;
        long quads;
        double oursLoadSeconds, closureSeconds, jenaLoadSeconds;
        QueryBench.Result q;
        String quality;

        /** A row back from {@code results.tsv}, for drawing the plot again from a run's file. */
        static Row parse(String line) {
            String[] f = line.split("\t", -1);
            Row r = new Row();
            r.docs = Integer.parseInt(f[0]);
            r.megabytes = Double.parseDouble(f[1]);
            r.floorMBs = Double.parseDouble(f[2]);
            r.extractOneMBs = Double.parseDouble(f[3]);
            r.extractAllMBs = Double.parseDouble(f[4]);
            r.ingestSeconds = Double.parseDouble(f[5]);
            r.peakHeapMB = Integer.parseInt(f[6]);
            r.peakRssMB = Integer.parseInt(f[7]);
            r.quads = Long.parseLong(f[8]);
            r.oursLoadSeconds = Double.parseDouble(f[9]);
            r.closureSeconds = Double.parseDouble(f[10]);
            r.jenaLoadSeconds = Double.parseDouble(f[11]);
            if (!f[12].isEmpty()) {
                double[] v = new double[15];
                for (int i = 0; i < 15; i++) v[i] = Double.parseDouble(f[12 + i]);
                // Rows written before the ancestors query was measured have no columns for it.
                double[] a = new double[5];
                for (int i = 0; i < 5; i++) a[i] = f.length > 28 + i && !f[28 + i].isEmpty() ? Double.parseDouble(f[28 + i]) : Double.NaN;
                r.q = new QueryBench.Result(lat(v[0], v[1]), lat(v[2], v[3]), lat(v[4], v[5]), lat(v[6], v[7]), lat(v[8], v[9]),
                        lat(v[10], v[10]), lat(v[11], v[11]), new double[] {v[12], v[13], v[14]}, lat(a[0], a[1]), lat(a[2], a[3]), a[4]);
            }
            r.quality = f[27];
            return r;
        }

        private static QueryBench.Latency lat(double p50, double p99) { return new QueryBench.Latency(p50, p99, 0); }

        String tsv() {
            List<Object> v = new ArrayList<>(List.of(docs, megabytes, floorMBs, extractOneMBs, extractAllMBs, ingestSeconds,
                    peakHeapMB, peakRssMB, quads, oursLoadSeconds, closureSeconds, jenaLoadSeconds));
            if (q != null) {
                v.addAll(List.of(q.chain().p50(), q.chain().p99(), q.chainPath().p50(), q.chainPath().p99(), q.tree().p50(),
                        q.tree().p99(), q.treePath().p50(), q.treePath().p99(), q.chainHttp().p50(), q.chainHttp().p99(),
                        q.chainPathHttp().p50(), q.treeHttp().p50(), q.qps()[0], q.qps()[1], q.qps()[2]));
            } else {
                for (int i = 0; i < 15; i++) v.add("");
            }
            v.add(quality);
            if (q != null) v.addAll(List.of(q.ancestors().p50(), q.ancestors().p99(), q.ancestorsHttp().p50(), q.ancestorsHttp().p99(), q.ancestorsQps32()));
            else for (int i = 0; i < 5; i++) v.add("");
            StringBuilder b = new StringBuilder();
            for (Object x : v) {
                if (b.length() > 0) b.append('\t');
                b.append(x instanceof Double d ? "%.3f".formatted(d) : String.valueOf(x));
            }
            return b.toString();
        }
    }
}
