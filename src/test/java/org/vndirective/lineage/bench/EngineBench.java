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
import org.vndirective.lineage.rdf.SearchText;
import org.vndirective.lineage.serve.LineageServer;
import org.vndirective.lineage.store.LineageStore;
import org.vndirective.lineage.store.SavedQuery;
import org.vndirective.lineage.store.TextSearch;
import org.vndirective.lineage.vocab.VND;

/**
 * The engines side by side (BENCHMARKS.md, "TDB2 and Virtuoso"), run by hand, not by the tests:
 * <pre>
 *   closure IN.nq OUT.nq            the closure graph added to an older ingest's N-Quads (what ingest now writes)
 *   closure-only IN.nq OUT.nq       only the closure graph (a file to bulk-load next to the ingest's, not a copy of it)
 *   searchtext IN.nq... OUT.nq      only the folded copies (vnd:searchText) the ingest now writes beside searchable literals
 *   tdb2-load NQ STORE SCRATCH      our loader, then Jena's bulk loader, into fresh TDB2 folders
 *   gsp GSP_URL NQ GRAPHS           the first GRAPHS graphs PUT one by one (Graph Store Protocol)
 *   queries URL SECONDS             chain and coverage latency, then 32 clients on the chain, against an endpoint
 *   queries-tdb2 STORE SECONDS      the same against a LineageServer on the store
 *   search-virtuoso URL SECONDS [WORDS]  the explorer's searches and did-you-mean queries through a LineageServer on
 *                                   the engine (TextSearch.VIRTUOSO rewrites them; 60 s limit), then narrower fuzzy
 *                                   expansions written for the engine (with WORDS, the index's words: only the variants
 *                                   it holds); at most SECONDS a kind; -Dkinds=REGEX picks kinds by name
 *   search-tdb2 STORE SECONDS       the same searches against a LineageServer on the store (jena-text)
 *   throughput URL QUERY CLIENTS SECONDS   one query text, CLIENTS at once (what the harness itself allows)
 * </pre>
 */
public final class EngineBench {
    private EngineBench() {}

    public static void main(String[] a) throws Exception {
        switch (a[0]) {
            case "closure", "closure-only" -> {
                try (NQuadsSink out = new NQuadsSink(Path.of(a[2]))) {
                    GraphSink next = !a[0].equals("closure-only") ? out : only(out, q -> q.getGraph().equals(LineageClosure.GRAPH));
                    LineageClosure c = new LineageClosure(next);
                    LoadBench.byGraph(Path.of(a[1]), c::accept);
                    c.finish();
                    System.out.println("closure triples: " + c.size());
                }
            }
            case "searchtext" -> searchText(List.of(a).subList(1, a.length - 1), Path.of(a[a.length - 1]));
            case "tdb2-load" -> {
                LoadBench.Result r = LoadBench.run(Path.of(a[1]), Path.of(a[2]), Path.of(a[3]));
                System.out.printf("quads %d; ours %.1f s (+ closure %.1f s); jena bulk %.1f s%n", r.quads(), r.oursSeconds(), r.closureSeconds(), r.jenaSeconds());
            }
            case "gsp" -> gsp(a[1], Path.of(a[2]), Integer.parseInt(a[3]));
            case "queries" -> queries(a[1], Double.parseDouble(a[2]));
            case "throughput" -> System.out.printf("%s, %s clients: %.0f q/s%n", a[2], a[3],
                    QueryBench.throughput(List.of(a[2]), q -> post(a[1], q), Integer.parseInt(a[3]), Double.parseDouble(a[4])));
            case "search-virtuoso" -> {
                LineageServer server = LineageServer.builder().port(0).remote(a[1], TextSearch.VIRTUOSO).timeout("60000,60000").build().start();
                try {
                    searches(server.sparqlUrl(), a[1], Double.parseDouble(a[2]), a.length > 3 ? vocabulary(Path.of(a[3])) : null);
                } finally {
                    server.stop();
                }
            }
            case "search-tdb2" -> onStore(Path.of(a[1]), url -> searches(url, null, Double.parseDouble(a[2]), null));
            case "queries-tdb2" -> onStore(Path.of(a[1]), url -> queries(url, Double.parseDouble(a[2])));
            default -> throw new IllegalArgumentException(a[0]);
        }
    }

    private interface Bench {
        void run(String sparqlUrl) throws Exception;
    }

    /** {@code bench} against a LineageServer on the TDB2 store. */
    private static void onStore(Path location, Bench bench) throws Exception {
        try (LineageStore store = LineageStore.builder().location(location).build()) {
            LineageServer server = LineageServer.builder().port(0).dataset(store.dataset()).timeout("120000,300000").build().start();
            try {
                bench.run(server.sparqlUrl());
            } finally {
                server.stop();
            }
        }
    }

    /** A sink passing on only the quads {@code keep} takes. */
    private static GraphSink only(GraphSink out, java.util.function.Predicate<Quad> keep) {
        return new GraphSink() {
            @Override public void accept(Node name, List<Quad> quads) {
                List<Quad> kept = quads.stream().filter(keep).toList();
                if (!kept.isEmpty()) out.accept(name, kept);
            }

            @Override public void finish() { out.finish(); }
        };
    }

    /** The folded copies the ingest now writes ({@link SearchText}), alone: a file to bulk-load beside an older ingest's. */
    private static void searchText(List<String> in, Path out) {
        long t0 = System.nanoTime();
        try (NQuadsSink sink = new NQuadsSink(out)) {
            SearchText copies = new SearchText(only(sink, q -> q.getPredicate().equals(VND.searchText)));
            for (String f : in) LoadBench.byGraph(Path.of(f), copies::accept);
            copies.finish();
            System.out.printf("searchText quads: %d in %.1f s%n", sink.quads(), (System.nanoTime() - t0) / 1e9);
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

    private static final String EXPLORER_PREFIXES = "PREFIX vnd: <https://w3id.org/vn-directive/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>"
            + " PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX text: <http://jena.apache.org/text#> ";

    /** The explorer's search (app.js searchView): the words' Lucene query in its three branches, counted and paged. */
    private static String searchInner(String lucene) {
        String lq = "\"" + lucene + "\"";
        return "SELECT ?d (MAX(?score) AS ?s) (MAX(?own) AS ?isOwn) (SAMPLE(?body) AS ?viaBody) (SAMPLE(?sentence) AS ?viaSentence) WHERE {"
                + " { (?d ?score) text:query (" + lq + " 5000) . ?d a vnd:Document . BIND(1 AS ?own) }"
                + " UNION { (?b ?score) text:query (" + lq + " 5000) . ?b a vnd:Body . ?d vnd:issuedBy ?b . BIND(?b AS ?body) }"
                + " UNION { (?ev ?score) text:query (" + lq + " 5000) . ?ev vnd:linkSubject|vnd:linkObject ?d . BIND(?ev AS ?sentence) } } GROUP BY ?d";
    }

    /** didYouMean in app.js: documents whose label has words one edit away. */
    private static String fuzzyWords(String lucene) {
        return "SELECT ?d (SAMPLE(?l) AS ?label) (MAX(?score) AS ?best) WHERE { (?d ?score) text:query (\"" + lucene + "\" 50) ."
                + " ?d a vnd:Document ; rdfs:label ?l } GROUP BY ?d ORDER BY DESC(?best) LIMIT 3";
    }

    /** didYouMean in app.js for a notation no document has: the same number, type and issuer one edit away. */
    private static String fuzzyNotation(String lucene) {
        return "SELECT ?d (SAMPLE(?l) AS ?label) (SAMPLE(?n) AS ?notation) WHERE { (?d ?s) text:query (\"" + lucene + "\" 200) ."
                + " ?d a vnd:Document ; rdfs:label ?l ; vnd:notation ?n } GROUP BY ?d";
    }

    /**
     * Latency and hits of the explorer's text searches at {@code url}; with {@code engine} (Virtuoso's own endpoint)
     * also the did-you-mean queries with narrower expansions of their fuzzy words, sent to the engine as rewritten.
     */
    private static void searches(String url, String engine, double seconds, java.util.Set<String> vocabulary) {
        Map<String, String> kinds = new java.util.LinkedHashMap<>();
        for (String words : List.of("chi AND thi AND 10", "ke AND hoach AND thuc AND hien", "tinh AND uy AND lam AND dong", "nghi AND quyet AND 22")) {
            kinds.put("count  " + words, "SELECT (COUNT(*) AS ?n) WHERE { " + searchInner(words) + " }");
            kinds.put("page   " + words, searchInner(words) + " ORDER BY DESC(?s) ?d LIMIT 20 OFFSET 0");
        }
        // "chi thij 10": app.js drops words under 3 letters from the fuzzy query; the second keeps the number.
        for (String fuzzy : List.of("chi~1 AND thij~1", "chi~1 AND thij~1 AND 10", "nghi~1 AND quyett~1")) kinds.put("dym    " + fuzzy, fuzzyWords(fuzzy));
        kinds.put("dym-no (10) AND ct~1 AND tu~1", fuzzyNotation("(10) AND ct~1 AND tu~1"));
        kinds.put("dym-no (9 OR 09) AND kh~1 AND tu~1", fuzzyNotation("(9 OR 09) AND kh~1 AND tu~1"));
        // -Dkinds=REGEX: only the kinds whose names it finds.
        java.util.regex.Pattern only = java.util.regex.Pattern.compile(System.getProperty("kinds", ""));
        kinds.forEach((name, q) -> { if (only.matcher(name).find()) time(name, url, EXPLORER_PREFIXES + q, seconds); });
        if (engine == null) return;
        // Narrower expansions on the engine: the rewrite's query with another bif:contains expression.
        Map<String, Function<String, String>> expansions = new java.util.LinkedHashMap<>();
        expansions.put("deletions+substitutions a-z", w -> String.join(" OR ", narrow(w, false)));
        expansions.put("deletions+substitutions a-z+digits, insertions a-z", w -> String.join(" OR ", narrow(w, true)));
        expansions.put("prefix* for 5+ letters, else deletions+substitutions a-z",
                w -> w.length() >= 5 ? "\"" + w.substring(0, w.length() - 1) + "*\"" : String.join(" OR ", narrow(w, false)));
        if (vocabulary != null) {
            expansions.put("all one edit away that the index holds (" + vocabulary.size() + " words)",
                    w -> String.join(" OR ", oneEdit(w).stream().filter(vocabulary::contains).map(x -> "\"" + x + "\"").toList()));
        }
        for (var e : expansions.entrySet()) {
            for (var k : kinds.entrySet()) {
                if (!k.getKey().startsWith("dym")) continue;
                String expr = java.util.regex.Pattern.compile("[^\\s()]+").matcher(k.getKey().substring(7)).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        m.group().equals("AND") || m.group().equals("OR") ? m.group()
                                : m.group().endsWith("~1") ? "(" + e.getValue().apply(m.group().replace("~1", "")) + ")" : "\"" + m.group() + "\""));
                String q = withContains(TextSearch.VIRTUOSO.rewrite(EXPLORER_PREFIXES + k.getValue()), expr);
                String name = k.getKey() + " [" + e.getKey() + "]";
                if (only.matcher(name).find()) time(name, url, q, seconds); // through the server: its time limit holds
            }
        }
    }

    /** The query with {@code expr} in place of its (one) bif:contains literal. */
    private static String withContains(String q, String expr) {
        String call = "<bif:contains> \"";
        int start = q.indexOf(call);
        if (start < 0) throw new IllegalStateException("no bif:contains in " + q);
        int end = start + call.length();
        while (q.charAt(end) != '"') end += q.charAt(end) == '\\' ? 2 : 1;
        return q.substring(0, start) + "<bif:contains> '" + expr + "'" + q.substring(end + 1);
    }

    /** The words of Virtuoso's free-text index, one a line (from isql: SELECT DISTINCT VT_WORD FROM DB.DBA.RDF_OBJ_RO_FLAGS_WORDS). */
    private static java.util.Set<String> vocabulary(Path file) throws java.io.IOException {
        return java.util.Set.copyOf(java.nio.file.Files.readAllLines(file).stream().map(w -> w.strip().toLowerCase(java.util.Locale.ROOT)).filter(w -> !w.isEmpty()).toList());
    }

    /** Every word one edit away, as TextQuery.nearby writes them (insert, delete, replace by a letter or digit, swap). */
    private static java.util.Set<String> oneEdit(String w) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>(narrow(w, true).stream().map(x -> x.replace("\"", "")).toList());
        for (int i = 0; i + 1 < w.length(); i++) out.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
        for (int i = 0; i <= w.length(); i++) for (char c : "0123456789".toCharArray()) out.add(w.substring(0, i) + c + w.substring(i));
        return out;
    }

    /** The word, its deletions and its substitutions by a letter (and with {@code more}, by a digit, and insertions of a letter). */
    private static List<String> narrow(String w, boolean more) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>(List.of(w));
        String letters = "abcdefghijklmnopqrstuvwxyz" + (more ? "0123456789" : "");
        for (int i = 0; i < w.length(); i++) {
            if (w.length() > 1) out.add(w.substring(0, i) + w.substring(i + 1));
            for (char c : letters.toCharArray()) out.add(w.substring(0, i) + c + w.substring(i + 1));
        }
        if (more) for (int i = 0; i <= w.length(); i++) for (char c : "abcdefghijklmnopqrstuvwxyz".toCharArray()) out.add(w.substring(0, i) + c + w.substring(i));
        return out.stream().map(x -> "\"" + x + "\"").toList();
    }

    /** One query text: a first run (its hits: rows, or the count), then timed runs for up to {@code seconds} (3 to 20; 1 past 10 s, none past 30 s). */
    private static void time(String name, String url, String query, double seconds) {
        long t0 = System.nanoTime();
        try {
            var rs = org.apache.jena.query.ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(post(url, query).getBytes(StandardCharsets.UTF_8)));
            double first = (System.nanoTime() - t0) / 1e6;
            long rows = 0;
            String hits = null;
            while (rs.hasNext()) {
                var b = rs.next();
                rows++;
                if (b.contains("n")) hits = b.get("n").asLiteral().getLexicalForm();
            }
            List<Double> ms = new ArrayList<>();
            long end = System.nanoTime() + (long) (seconds * 1e9);
            // A query of seconds: one timed run besides the first; of half a minute: the first alone.
            int least = first > 30_000 ? 0 : first > 10_000 ? 1 : 3;
            if (least == 0) ms.add(first);
            while (least > 0 && ms.size() < 20 && (ms.size() < least || System.nanoTime() < end)) {
                long t = System.nanoTime();
                post(url, query);
                ms.add((System.nanoTime() - t) / 1e6);
            }
            Collections.sort(ms);
            System.out.printf("%-75s hits %-8s first %9.1f ms  p50 %9.1f  p99 %9.1f ms  (%d runs, %,d chars)%n", name, hits != null ? hits : rows + " rows",
                    first, ms.get((int) Math.floor(0.5 * (ms.size() - 1))), ms.get((int) Math.floor(0.99 * (ms.size() - 1))), ms.size(), query.length());
        } catch (RuntimeException e) {
            System.out.printf("%-75s FAILED after %.1f ms: %s%n", name, (System.nanoTime() - t0) / 1e6, e.getMessage() == null ? e : e.getMessage().lines().limit(3).toList());
        }
        System.out.flush();
    }
}
