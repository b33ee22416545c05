package org.vndirective.lineage.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.vndirective.lineage.store.LineageStore;
import org.vndirective.lineage.store.SavedQuery;

/**
 * The public endpoint under load, as `serve` runs it (its own JVM, its default heap): {@code clients} loopback clients
 * ask the saved upstream-chain query over and over for {@code seconds}, while one abusive client sends, in turn, a
 * 10 MB literal, an ORDER BY over a cartesian product and 2,000 nested sub-SELECTs. Reports the good clients' errors,
 * throughput and latency percentiles, what the abusive requests got, and the server's peak RSS (VmHWM).
 */
public final class ServeLoadTest {
    public record Options(Path store, int clients, double seconds, boolean abuse, String heap) {}

    public record Result(long requests, long errors, double qps, double p50, double p99, double max, long peakRssMb,
                         Map<String, String> abusive) {
        public String row(String label) {
            return "| %s | %d | %d | %.0f | %.0f | %.0f | %.0f | %d | %s |".formatted(label, requests, errors, qps, p50, p99, max, peakRssMb,
                    abusive.isEmpty() ? "-" : String.join(", ", abusive.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
        }
    }

    private final PrintStream out;

    /**
     * The bench's load-test mode: builds the store (the samples, or {@code docs} generated documents) under
     * {@code work}, then runs the clients alone and beside the abusive one, and prints both rows.
     */
    public static void loadTest(PrintStream out, Path work, int docs, long seed, int clients, double seconds) throws Exception {
        Path corpus;
        if (docs > 0) {
            corpus = work.resolve("load-corpus-" + docs);
            if (!Files.isDirectory(corpus)) new CorpusGenerator(new CorpusGenerator.Options(docs, seed, 0.1, 0.1)).generate(corpus);
        } else {
            corpus = Path.of("src/main/resources/corpus/lam-dong");
        }
        Path store = work.resolve("load-store-" + docs);
        if (Files.isDirectory(store.resolve("sources"))) {
            out.println("store: " + store + " (kept from an earlier run)");
        } else {
            try (LineageStore s = LineageStore.builder().location(store).build()) {
                out.println("store: " + s.add(List.of(corpus), b -> b).report());
            }
        }
        ServeLoadTest t = new ServeLoadTest(out);
        out.println("| run | requests | errors | q/s | p50 ms | p99 ms | max ms | server peak RSS MB | abusive requests |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        out.println(t.run(new Options(store, clients, seconds, false, "2g")).row(clients + " clients"));
        out.println(t.run(new Options(store, clients, seconds, true, "2g")).row(clients + " clients + 1 abusive"));
    }

    public ServeLoadTest(PrintStream out) { this.out = out; }

    public Result run(Options o) throws Exception {
        List<String> leaves = leaves(o.store());
        if (leaves.isEmpty()) throw new IllegalStateException("the store " + o.store() + " holds no document that implements another");
        String chain = SavedQuery.packaged("upstream-chain").text().replace("?start vnd:notation ?notation .", "VALUES ?start { <DOC> }");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + o.heap(),
                "-cp", System.getProperty("java.class.path"), "org.vndirective.lineage.cli.Main", "serve", "--no-ingest",
                "--data", o.store().toString(), "--port", String.valueOf(port));
        Process server = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            awaitReady(server);
            String url = "http://localhost:" + port + "/lineage/sparql";
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (int i = 0; i < 200; i++) get(http, url, chain.replace("<DOC>", "<" + leaves.get(i % leaves.size()) + ">"));
            ExecutorService pool = Executors.newFixedThreadPool(o.clients() + 1);
            long end = System.nanoTime() + (long) (o.seconds() * 1e9);
            AtomicLong errors = new AtomicLong();
            Map<String, String> abusive = new java.util.concurrent.ConcurrentSkipListMap<>();
            List<Future<double[]>> clients = new ArrayList<>();
            for (int c = 0; c < o.clients(); c++) {
                long seed = c;
                clients.add(pool.submit(() -> {
                    Random rnd = new Random(seed);
                    double[] ms = new double[1 << 16];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        int status = get(http, url, chain.replace("<DOC>", "<" + leaves.get(rnd.nextInt(leaves.size())) + ">"));
                        if (status != 200) errors.incrementAndGet();
                        if (n == ms.length) ms = Arrays.copyOf(ms, n * 2);
                        ms[n++] = (System.nanoTime() - t0) / 1e6;
                    }
                    return Arrays.copyOf(ms, n);
                }));
            }
            Future<?> abuser = o.abuse() ? pool.submit(() -> abuse(http, url, end, abusive)) : null;
            List<double[]> all = new ArrayList<>();
            for (Future<double[]> f : clients) all.add(f.get());
            if (abuser != null) abuser.get();
            pool.shutdown();
            double[] ms = all.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
            long peak = peakRssMb(server.pid());
            return new Result(ms.length, errors.get(), ms.length / o.seconds(), pct(ms, 0.5), pct(ms, 0.99), ms[ms.length - 1], peak, new java.util.TreeMap<>(abusive));
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** One abusive client: each heavy request in turn, counting the status codes it gets and keeping its longest time. */
    private static void abuse(HttpClient http, String url, long end, Map<String, String> got) {
        String huge = "SELECT * { ?s ?p \"" + "x".repeat(10 << 20) + "\" }";
        String cartesian = "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f";
        String nested = "SELECT * { ?s ?p ?o }";
        for (int i = 0; i < 2000; i++) nested = "SELECT * { " + nested + " }";
        List<Map.Entry<String, String>> heavy = List.of(Map.entry("nested", nested), Map.entry("cartesian", cartesian), Map.entry("literal", huge));
        Map<String, long[]> seen = new java.util.TreeMap<>();
        for (int i = 0; System.nanoTime() < end; i++) {
            var q = heavy.get(i % heavy.size());
            long t0 = System.nanoTime();
            int status = post(http, url, q.getValue());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long[] c = seen.computeIfAbsent(q.getKey() + " " + status, k -> new long[2]);
            c[0]++;
            c[1] = Math.max(c[1], ms);
        }
        seen.forEach((k, c) -> got.put(k, c[0] + "× (max " + c[1] + " ms)"));
    }

    private static double pct(double[] sorted, double p) { return sorted[(int) Math.floor(p * (sorted.length - 1))]; }

    private static int get(HttpClient http, String url, String query) {
        return send(http, HttpRequest.newBuilder(URI.create(url + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET());
    }

    private static int post(HttpClient http, String url, String query) {
        return send(http, HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
    }

    private static int send(HttpClient http, HttpRequest.Builder b) {
        try {
            HttpRequest req = b.header("Accept", "application/sparql-results+json").timeout(Duration.ofMinutes(5)).build();
            return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Documents that implement another: the start of a chain. */
    private static List<String> leaves(Path storeDir) {
        try (LineageStore store = LineageStore.builder().location(storeDir).build()) {
            return Txn.calculateRead(store.dataset(), () -> {
                List<String> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(
                        "PREFIX vnd: <https://w3id.org/vn-directive/ontology#> SELECT DISTINCT ?d { ?d vnd:implements ?x } ORDER BY ?d LIMIT 2000").build()) {
                    qe.execSelect().forEachRemaining(r -> out.add(r.getResource("d").getURI()));
                }
                return out;
            });
        }
    }

    private void awaitReady(Process server) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.startsWith("Ready.")) {
                Thread drain = new Thread(() -> r.lines().forEach(l -> {}));
                drain.setDaemon(true);
                drain.start();
                return;
            }
            if (line.startsWith("lineage:")) out.println("server: " + line);
        }
        throw new IllegalStateException("the server ended before it was ready");
    }

    /** The process's peak resident set (VmHWM), in MB; -1 where /proc is not there. */
    static long peakRssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
