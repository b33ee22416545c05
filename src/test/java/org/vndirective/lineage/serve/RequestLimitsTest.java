package org.vndirective.lineage.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vndirective.lineage.store.LineageStore;
import org.vndirective.lineage.store.SampleStore;

/** Requests the time limit cannot cover are bounded before they run: size, nesting, the time limit itself. */
class RequestLimitsTest {
    static LineageStore store;
    static LineageServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        store = SampleStore.open(Files.createTempDirectory("lineage-limits-"));
        server = LineageServer.builder().port(0).dataset(store.dataset()).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> form(String query) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.sparqlUrl())).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> body(String query) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.sparqlUrl())).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aQueryOverTheSizeLimitIs413BeforeParsing() throws Exception {
        String huge = "SELECT * { ?s ?p \"" + "x".repeat(LineageServer.MAX_QUERY_BYTES) + "\" }";
        assertEquals(413, form(huge).statusCode());
        assertEquals(413, body(huge).statusCode());
        // A streamed body with no length is measured as it is read.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(server.sparqlUrl())).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))).build();
        assertEquals(413, HTTP.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode());
        String fits = "SELECT * { ?s ?p \"" + "x".repeat(LineageServer.MAX_QUERY_BYTES - 100) + "\" }";
        assertEquals(200, body(fits).statusCode());
    }

    @Test
    void deepOrWideQueriesAre400NotAStackOverflow() throws Exception {
        String nested = "SELECT * { ?s ?p ?o }";
        for (int i = 0; i < 2000; i++) nested = "SELECT * { " + nested + " }";
        StringBuilder union = new StringBuilder("SELECT * { { ?s ?p 0 }");
        for (int i = 1; i < 4000; i++) union.append(" UNION { ?s ?p ").append(i).append(" }");
        String parens = "SELECT * { FILTER(" + "(".repeat(30_000) + "1" + ")".repeat(30_000) + ") }";
        String optionals = "SELECT * { " + "OPTIONAL { ".repeat(1000) + "?s ?p ?o" + " }".repeat(1000) + " }";
        for (String q : List.of(nested, union.append(" }").toString(), parens, optionals)) {
            HttpResponse<String> r = body(q);
            assertEquals(400, r.statusCode(), q.substring(0, 60) + "… -> " + r.body());
            assertTrue(r.body().contains("nested") || r.body().contains("UNION"), r.body());
        }
        assertEquals(200, body("SELECT * { { SELECT * { { SELECT * { ?s ?p ?o } LIMIT 1 } } } }").statusCode());
    }

    @Test
    void timeLimitsMustBePositiveAndBounded() {
        for (String bad : List.of("0", "0,1000", "-5", "99999999999999999999", "3600001", "5000,1000", "ten", "", "1,2,3")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LineageServer.builder().timeout(bad), bad);
            assertTrue(e.getMessage().contains("--timeout"), e.getMessage());
        }
        LineageServer.builder().timeout("1").timeout("10000,60000").timeout("3600000");
    }
}
