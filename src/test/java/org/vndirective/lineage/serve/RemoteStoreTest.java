package org.vndirective.lineage.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vndirective.lineage.cli.Main;
import org.vndirective.lineage.store.QueryTarget;
import org.vndirective.lineage.store.RemoteStore;
import org.vndirective.lineage.store.SampleStore;
import org.vndirective.lineage.store.SavedQueriesTest;
import org.vndirective.lineage.store.ServeChild;
import org.vndirective.lineage.store.TextSearch;

/**
 * The store reached by protocol: a second Fuseki (in memory) plays the engine; {@link RemoteStore} loads the sample
 * texts into it with GSP PUTs, a {@link LineageServer} serves it, and every saved query, asked of the server's
 * endpoint as {@code query --endpoint} does, returns the golden rows. Virtuoso gets the same test in CI (the
 * parity test).
 */
class RemoteStoreTest {
    static final Path PHENOMENA = Path.of("src/test/resources/corpus/phenomena");
    static FusekiServer engine;
    static DatasetGraph engineData;
    static RemoteStore store;
    static LineageServer server;

    @BeforeAll
    static void start() {
        // Like Virtuoso, the engine's default graph is the union of its named graphs.
        engineData = DatabaseMgr.createDatasetGraph();
        engineData.getContext().set(TDB2.symUnionDefaultGraph, true);
        engine = FusekiServer.create().port(0).loopback(true).add("/ds", engineData, true).build().start();
        String query = "http://localhost:" + engine.getHttpPort() + "/ds/sparql";
        store = new RemoteStore(RemoteStore.Endpoints.of(query, null, null, null, null), TextSearch.CONTAINS, 0);
        store.add(List.of(SampleStore.SAMPLES, PHENOMENA), b -> b);
        server = LineageServer.builder().port(0).remote(query, TextSearch.CONTAINS).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (engine != null) engine.stop();
        if (store != null) store.close();
    }

    @Test
    void endpointsAreGuessedFromTheQueryEndpoint() {
        var virtuoso = RemoteStore.Endpoints.of("http://localhost:8890/sparql", null, null, null, null);
        assertEquals(List.of("http://localhost:8890/sparql", "http://localhost:8890/sparql-graph-crud"), List.of(virtuoso.update(), virtuoso.gsp()));
        var login = RemoteStore.Endpoints.of("http://localhost:8890/sparql", null, null, "dba", "dba");
        assertEquals("http://localhost:8890/sparql-graph-crud-auth", login.gsp());
        var fuseki = RemoteStore.Endpoints.of("http://h:3030/ds/query", null, null, null, null);
        assertEquals(List.of("http://h:3030/ds/update", "http://h:3030/ds/data"), List.of(fuseki.update(), fuseki.gsp()));
        var given = RemoteStore.Endpoints.of("http://h/q", "http://h/u", "http://h/g", null, null);
        assertEquals(List.of("http://h/u", "http://h/g"), List.of(given.update(), given.gsp()));
    }

    @TestFactory
    Stream<DynamicTest> everySavedQueryThroughTheServer() throws IOException {
        QueryTarget viaServer = QueryTarget.endpoint(server.sparqlUrl(), 60_000);
        return SavedQueriesTest.savedNames().stream().map(name -> DynamicTest.dynamicTest(name,
                () -> SavedQueriesTest.assertGolden(name, SavedQueriesTest.rows(viaServer, name, Map.of()))));
    }

    @Test
    void aLoadReplacesGraphsAndDropsThoseOfFilesItNoLongerHas() {
        List<String> all = store.sourceFiles();
        long before = quads();
        try {
            store.add(List.of(SampleStore.SAMPLES), b -> b);
            List<String> samples = store.sourceFiles();
            assertTrue(!samples.isEmpty() && samples.size() < all.size() && all.containsAll(samples), samples + " of " + all);
        } finally {
            var r = store.add(List.of(SampleStore.SAMPLES, PHENOMENA), b -> b);
            assertTrue(r.report().closureTriples() > 0, r.report().toString());
        }
        assertEquals(all, store.sourceFiles());
        assertEquals(before, quads(), "PUT replaces: loading the same texts again leaves the engine as it was");
    }

    @Test
    void queryCommandAsksARunningServer() {
        PrintStream was = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = Main.run("query", "upstream-chain", "--param", "notation=135-KH/HU", "--endpoint", server.sparqlUrl());
        } finally {
            System.setOut(was);
        }
        String table = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, table);
        for (String n : List.of("135-KH/HU", "59-KH/TU", "18-KL/TW", "10-CT/TW")) assertTrue(table.contains(n), n + " in\n" + table);
    }

    @Test
    void serveWithStoreSparqlServesWhatTheEngineHolds() throws Exception {
        String query = "http://localhost:" + engine.getHttpPort() + "/ds/sparql";
        // No paths and an engine that holds a corpus: it is served as it is, not replaced by the samples.
        try (ServeChild serve = ServeChild.start("--store", "sparql:" + query, "--port", "0")) {
            QueryTarget viaChild = QueryTarget.endpoint(serve.endpoint(), 60_000);
            SavedQueriesTest.assertGolden("upstream-chain", SavedQueriesTest.rows(viaChild, "upstream-chain", Map.of()));
        }
    }

    @Test
    void documentPagesComeFromTheEngine() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/id/tw/ct/2007/10"))
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("10-CT/TW"), r.body());
    }

    private static long quads() {
        return store.queries().query(QueryFactory.create("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                qe -> qe.select().next().get("n").getLiteralValue() instanceof Number n ? n.longValue() : -1L);
    }
}
