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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.vndirective.lineage.rdf.GraphSink;
import org.vndirective.lineage.rdf.LineageClosure;
import org.vndirective.lineage.rdf.NQuadsSink;
import org.vndirective.lineage.serve.LineageServer;
import org.vndirective.lineage.store.LineageStore;
import org.vndirective.lineage.store.SavedQuery;

/**
 * The engines side by side (BENCHMARKS.md, "TDB2 and Virtuoso"), run by hand, not by the tests:
 * <pre>
 *   closure IN.nq OUT.nq            the closure graph added to an older ingest's N-Quads (what ingest now writes)
 *   closure-only IN.nq OUT.nq       only the closure graph (a file to bulk-load next to the ingest's, not a copy of it)
 *   tdb2-load NQ STORE SCRATCH      our loader, then Jena's bulk loader, into fresh TDB2 folders
 *   gsp GSP_URL NQ GRAPHS           the first GRAPHS graphs PUT one by one (Graph Store Protocol)
 *   queries URL SECONDS             chain and coverage latency, then 32 clients on the chain, against an endpoint
 *   queries-tdb2 STORE SECONDS      the same against a LineageServer on the store
 *   throughput URL QUERY CLIENTS SECONDS   one query text, CLIENTS at once (what the harness itself allows)
 * </pre>
 */
public final class EngineBench {
    private EngineBench() {}

    public static void main(String[] a) throws Exception {
        switch (a[0]) {
            case "closure", "closure-only" -> {
                try (NQuadsSink out = new NQuadsSink(Path.of(a[2]))) {
                    GraphSink next = !a[0].equals("closure-only") ? out : new GraphSink() {
                        @Override public void accept(Node name, List<Quad> quads) {
                            if (name.equals(LineageClosure.GRAPH)) out.accept(name, quads);
                        }

                        @Override public void finish() { out.finish(); }
                    };
                    LineageClosure c = new LineageClosure(next);
                    LoadBench.byGraph(Path.of(a[1]), c::accept);
                    c.finish();
                    System.out.println("closure triples: " + c.size());
                }
            }
            case "tdb2-load" -> {
                LoadBench.Result r = LoadBench.run(Path.of(a[1]), Path.of(a[2]), Path.of(a[3]));
                System.out.printf("quads %d; ours %.1f s (+ closure %.1f s); jena bulk %.1f s%n", r.quads(), r.oursSeconds(), r.closureSeconds(), r.jenaSeconds());
            }
            case "gsp" -> gsp(a[1], Path.of(a[2]), Integer.parseInt(a[3]));
            case "queries" -> queries(a[1], Double.parseDouble(a[2]));
            case "throughput" -> System.out.printf("%s, %s clients: %.0f q/s%n", a[2], a[3],
                    QueryBench.throughput(List.of(a[2]), q -> post(a[1], q), Integer.parseInt(a[3]), Double.parseDouble(a[4])));
            case "queries-tdb2" -> {
                try (LineageStore store = LineageStore.builder().location(Path.of(a[1])).build()) {
                    LineageServer server = LineageServer.builder().port(0).dataset(store.dataset()).timeout("120000,300000").build().start();
                    try {
                        queries(server.sparqlUrl(), Double.parseDouble(a[2]));
                    } finally {
                        server.stop();
                    }
                }
            }
            default -> throw new IllegalArgumentException(a[0]);
        }
    }

    private static void gsp(String url, Path nq, int max) {
        long[] n = {0, 0};
        long t0 = System.nanoTime();
        try (RDFConnection conn = RDFConnectionRemote.newBuilder().gspEndpoint(url).triplesFormat(RDFFormat.TURTLE_BLOCKS).build()) {
            java.util.Set<Node> sent = new java.util.HashSet<>();
            try {
                LoadBench.byGraph(nq, (g, quads) -> {
                    if (sent.size() >= max && !sent.contains(g)) throw new StopLoad();
                    Graph graph = GraphFactory.createDefaultGraph();
                    quads.forEach(q -> graph.add(q.asTriple()));
                    if (sent.add(g)) conn.put(g.getURI(), ModelFactory.createModelForGraph(graph));
                    else conn.load(g.getURI(), ModelFactory.createModelForGraph(graph));
                    n[0]++;
                    n[1] += quads.size();
                });
            } catch (StopLoad stop) {
                // enough graphs
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("GSP: %d graphs, %d quads in %.1f s: %.0f graphs/s, %.0f quads/s%n", sent.size(), n[1], s, sent.size() / s, n[1] / s);
        }
    }

    private static final class StopLoad extends RuntimeException {
        StopLoad() { super(null, null, false, false); }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    /** A query sent as a form (Virtuoso 7.2 never answers an application/sparql-query body); the whole answer read. */
    static String post(String url, String query) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
            HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
            return r.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Values of the first column, sorted then shuffled with seed 1: the same sample from either engine. */
    private static List<String> sample(String url, String query, int n) {
        List<String> pool = new ArrayList<>();
        var rs = org.apache.jena.query.ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(post(url, query).getBytes(StandardCharsets.UTF_8)));
        String v = rs.getResultVars().get(0);
        while (rs.hasNext()) {
            var s = rs.next();
            pool.add(s.get(v).isLiteral() ? s.get(v).asLiteral().getLexicalForm() : s.get(v).toString());
        }
        Collections.sort(pool);
        Collections.shuffle(pool, new Random(1));
        return List.copyOf(pool.subList(0, Math.min(n, pool.size())));
    }

    private static void queries(String url, double seconds) throws Exception {
        String pre = "PREFIX vnd: <https://w3id.org/vn-directive/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> ";
        List<String> leaves = sample(url, pre + "SELECT DISTINCT ?d WHERE { ?d vnd:implements ?x }", 200);
        // Central documents something implements, as "notation|year" (coverage-of takes both).
        List<String> centrals = sample(url, pre + "SELECT DISTINCT ?k WHERE { ?d vnd:implements ?c . ?c vnd:issuedBy/vnd:level vnd:Central ;"
                + " vnd:notation ?n ; dcterms:issued ?date BIND(CONCAT(?n, \"|\", STR(YEAR(?date))) AS ?k) }", 30);
        String chainText = SavedQuery.packaged("upstream-chain").text().replace("?start vnd:notation ?notation .", "VALUES ?start { <DOC> }");
        Function<String, String> chain = d -> chainText.replace("<DOC>", "<" + d + ">");
        Function<String, String> coverage = k -> SavedQuery.packaged("coverage-of")
                .bind(Map.of("notation", k.substring(0, k.indexOf('|')), "year", k.substring(k.indexOf('|') + 1))).toString();
        // The hashes show that both engines drew the same sample.
        System.out.printf("%s: %d chain starts (hash %08x, first %s), %d central documents (hash %08x, first %s)%n", url,
                leaves.size(), leaves.hashCode(), leaves.get(0), centrals.size(), centrals.hashCode(), centrals.get(0));
        System.out.println("upstream-chain p50/p99: " + QueryBench.measure(leaves, 20, 300, 60, d -> post(url, chain.apply(d))));
        System.out.println("coverage-of p50/p99: " + QueryBench.measure(centrals, 5, 60, 90, k -> post(url, coverage.apply(k))));
        System.out.printf("upstream-chain, 32 clients: %.0f q/s%n", QueryBench.throughput(leaves, d -> post(url, chain.apply(d)), 32, seconds));
        // Where a chain's time goes: one text again and again (a plan cache would serve it), and a query that reads nothing.
        String one = chain.apply(leaves.get(0));
        System.out.println("upstream-chain, one text repeated, p50/p99: " + QueryBench.measure(leaves, 5, 50, 30, d -> post(url, one)));
        System.out.println("trivial query (ASK {}), p50/p99: " + QueryBench.measure(leaves, 5, 50, 30, d -> post(url, "ASK {}")));
    }
}
