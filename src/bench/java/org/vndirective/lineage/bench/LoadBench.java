package org.vndirective.lineage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.vndirective.lineage.store.LineageStore;

/**
 * The same N-Quads file loaded two ways into fresh TDB2 folders: through our store's loader (which also hashes each
 * graph, fills the text index and builds the closure), and through Jena's own parallel bulk loader, the one
 * {@code tdb2.tdbloader --loader=parallel} runs.
 */
final class LoadBench {
    record Result(long quads, double oursSeconds, double closureSeconds, double jenaSeconds) {
        double oursRate() { return quads / oursSeconds; }
        double jenaRate() { return quads / jenaSeconds; }
    }

    private LoadBench() {}

    /** Loads into {@code ours} (kept, for the query benchmarks) and a scratch folder for Jena (deleted after). */
    static Result run(Path nq, Path ours, Path scratch) throws IOException {
        delete(ours);
        delete(scratch);
        long t0 = System.nanoTime();
        LineageStore.LoadReport report;
        try (LineageStore store = LineageStore.builder().location(ours).build()) {
            LineageStore.Loader loader = store.loader();
            byGraph(nq, loader::accept);
            loader.finish();
            report = loader.report();
        }
        double ours_ = (System.nanoTime() - t0) / 1e9;

        Files.createDirectories(scratch);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(scratch.toString());
        long t1 = System.nanoTime();
        DataLoader jena = LoaderFactory.parallelLoader(dsg, (fmt, args) -> {});
        jena.startBulk();
        jena.load(nq.toString());
        jena.finishBulk();
        double jenaSeconds = (System.nanoTime() - t1) / 1e9;
        long jenaQuads = jena.countQuads();
        TDBInternal.expel(dsg);
        delete(scratch);
        if (jenaQuads != report.quads()) {
            System.err.printf("bench: note: our loader took %,d quads, Jena's %,d%n", report.quads(), jenaQuads);
        }
        return new Result(report.quads(), ours_ - report.closureSeconds(), report.closureSeconds(), jenaSeconds);
    }

    /** The file's graphs in order, at most 100,000 quads at a time (the ingest writes each graph's parts together). */
    static void byGraph(Path nq, java.util.function.BiConsumer<Node, List<Quad>> sink) {
        RDFParser.source(nq).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            private final List<Quad> graph = new ArrayList<>();
            private Node current;

            @Override public void quad(Quad q) {
                if (current != null && (!q.getGraph().equals(current) || graph.size() >= 100_000)) flush();
                current = q.getGraph();
                graph.add(q);
            }

            @Override public void finish() { flush(); }

            private void flush() {
                if (!graph.isEmpty()) sink.accept(current, List.copyOf(graph));
                graph.clear();
            }
        });
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
