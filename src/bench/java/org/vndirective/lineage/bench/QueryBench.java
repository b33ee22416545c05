package org.vndirective.lineage.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.vndirective.lineage.serve.LineageServer;
import org.vndirective.lineage.store.LineageStore;
import org.vndirective.lineage.store.SavedQuery;
import org.vndirective.lineage.vocab.VND;

/**
 * Lineage query latency on a loaded store, in process and over loopback HTTP: the saved upstream-chain and
 * downstream-tree queries (which read the materialised closure) next to the plain property path that walks the
 * links, and HTTP throughput of the chain query with 1, 8 and 32 clients.
 */
final class QueryBench {
    private static final String PATH_UP = "PREFIX vnd: <" + VND.NS + "> SELECT ?a WHERE { <%s> (vnd:implements|vnd:continues)+ ?a }";
    private static final String PATH_DOWN = "PREFIX vnd: <" + VND.NS + "> SELECT ?d WHERE { ?d (vnd:implements|vnd:continues)+ <%s> }";

    /** Milliseconds at the 50th and 99th percentile, and how many runs they are of. */
    record Latency(double p50, double p99, int runs) {
        @Override public String toString() { return "%.2f / %.2f ms (%d runs)".formatted(p50, p99, runs); }
    }

    /**
     * @param ancestors the saved {@code ancestors} query: the closure lookup alone, with notations and dates
     * @param ancestorsQps32 its HTTP throughput with 32 clients
     */
    record Result(Latency chain, Latency chainPath, Latency tree, Latency treePath, Latency chainHttp,
                  Latency chainPathHttp, Latency treeHttp, double[] qps, Latency ancestors, Latency ancestorsHttp,
                  double ancestorsQps32) {}

    private QueryBench() {}

    static Result run(Path storeDir, long seed, double secondsPerClientLevel) throws Exception {
        try (LineageStore store = LineageStore.builder().location(storeDir).build()) {
            Dataset ds = store.dataset();
            List<String> leaves = sample(ds, true, 200, seed);
            List<String> roots = sample(ds, false, 50, seed);
            String chainText = byIri(SavedQuery.packaged("upstream-chain").text(), "?start vnd:notation ?notation .");
            String treeText = byIri(SavedQuery.packaged("downstream-tree").text(), "?start vnd:notation ?notationParam .");
            String ancestorsText = byIri(SavedQuery.packaged("ancestors").text(), "?start vnd:notation ?notation .");
            Function<String, String> chain = d -> chainText.replace("<DOC>", "<" + d + ">");
            Function<String, String> ancestors = d -> ancestorsText.replace("<DOC>", "<" + d + ">");
            Function<String, String> tree = d -> treeText.replace("<DOC>", "<" + d + ">");

            Latency chainL = inProcess(ds, leaves, chain, 100, 1000, 60);
            Latency chainP = inProcess(ds, leaves, d -> PATH_UP.formatted(d), 3, 200, 60);
            Latency treeL = inProcess(ds, roots, tree, 20, 200, 60);
            Latency treeP = inProcess(ds, roots, d -> PATH_DOWN.formatted(d), 2, 100, 60);
            Latency ancestorsL = inProcess(ds, leaves, ancestors, 100, 1000, 60);

            LineageServer server = LineageServer.builder().port(0).dataset(ds).timeout("120000,300000").build().start();
            try {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                String url = server.sparqlUrl();
                Latency chainH = overHttp(http, url, leaves, chain, 100, 1000, 60);
                Latency chainPH = overHttp(http, url, leaves, d -> PATH_UP.formatted(d), 2, 50, 60);
                Latency treeH = overHttp(http, url, roots, tree, 10, 200, 60);
                Latency ancestorsH = overHttp(http, url, leaves, ancestors, 100, 1000, 60);
                double[] qps = new double[3];
                int[] clients = {1, 8, 32};
                for (int i = 0; i < clients.length; i++) qps[i] = throughput(leaves, d -> get(http, url, chain.apply(d)), clients[i], secondsPerClientLevel);
                double ancestorsQps = throughput(leaves, d -> get(http, url, ancestors.apply(d)), 32, secondsPerClientLevel);
                return new Result(chainL, chainP, treeL, treeP, chainH, chainPH, treeH, qps, ancestorsL, ancestorsH, ancestorsQps);
            } finally {
                server.stop();
            }
        }
    }

    /** The saved query with its start document given by IRI: notations repeat across provinces and years. */
    private static String byIri(String text, String startPattern) {
        if (!text.contains(startPattern)) throw new IllegalStateException("saved query changed: no '" + startPattern + "'");
        return text.replace(startPattern, "VALUES ?start { <DOC> }");
    }

    /** Documents that implement something (leaves, for chains) or are implemented (roots, for trees). */
    private static List<String> sample(Dataset ds, boolean subjects, int n, long seed) {
        List<String> pool = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            var it = ds.asDatasetGraph().find(Node.ANY, Node.ANY, VND.implementsDoc, Node.ANY);
            Set<String> seen = new LinkedHashSet<>();
            while (it.hasNext() && seen.size() < 50_000) {
                var q = it.next();
                seen.add((subjects ? q.getSubject() : q.getObject()).getURI());
            }
            pool.addAll(seen);
        });
        java.util.Collections.shuffle(pool, new Random(seed));
        return List.copyOf(pool.subList(0, Math.min(n, pool.size())));
    }

    private static Latency inProcess(Dataset ds, List<String> docs, Function<String, String> query, int warm, int runs, double budgetSeconds) {
        return measure(docs, warm, runs, budgetSeconds, d -> Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query.apply(d)).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) rs.next();
            }
        }));
    }

    private static Latency overHttp(HttpClient http, String url, List<String> docs, Function<String, String> query, int warm,
                                    int runs, double budgetSeconds) {
        return measure(docs, warm, runs, budgetSeconds, d -> get(http, url, query.apply(d)));
    }

    private static void get(HttpClient http, String url, String query) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofMinutes(5)).build();
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Warm-up, then up to {@code runs} timed runs cycling over the documents, stopping early at the time budget. */
    static Latency measure(List<String> docs, int warm, int runs, double budgetSeconds, java.util.function.Consumer<String> one) {
        for (int i = 0; i < warm; i++) one.accept(docs.get(i % docs.size()));
        double[] ms = new double[runs];
        int n = 0;
        long deadline = System.nanoTime() + (long) (budgetSeconds * 1e9);
        while (n < runs && (n < 5 || System.nanoTime() < deadline)) {
            long t0 = System.nanoTime();
            one.accept(docs.get((warm + n) % docs.size()));
            ms[n++] = (System.nanoTime() - t0) / 1e6;
        }
        double[] got = Arrays.copyOf(ms, n);
        Arrays.sort(got);
        return new Latency(got[(int) Math.floor(0.5 * (n - 1))], got[(int) Math.floor(0.99 * (n - 1))], n);
    }

    /** Completed chain queries per second with {@code clients} threads for {@code seconds}, over loopback. */
    static double throughput(List<String> docs, java.util.function.Consumer<String> one, int clients, double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Future<?>> fs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int start = c;
            fs.add(pool.submit(() -> {
                for (int i = start; System.nanoTime() < end; i += clients) {
                    one.accept(docs.get(i % docs.size()));
                    done.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : fs) f.get();
        pool.shutdown();
        return done.get() / seconds;
    }
}
