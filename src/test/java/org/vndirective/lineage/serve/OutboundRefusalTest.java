package org.vndirective.lineage.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vndirective.lineage.store.LineageStore;
import org.vndirective.lineage.store.SampleStore;

/** SSRF: whatever a query says, the public endpoint sends no request anywhere unless the operator allows it. */
class OutboundRefusalTest {
    static LineageStore store;
    static HttpServer secret;
    static final AtomicInteger HITS = new AtomicInteger();
    static String secretUrl;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        store = SampleStore.open(Files.createTempDirectory("lineage-ssrf-"));
        // An internal service the endpoint must not reach; it answers like a SPARQL endpoint so an allowed call works.
        secret = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        secret.createContext("/", ex -> {
            HITS.incrementAndGet();
            byte[] body = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"SECRET-TOKEN-123\"}}]}}"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        secret.start();
        secretUrl = "http://127.0.0.1:" + secret.getAddress().getPort() + "/secret";
    }

    @AfterAll
    static void stop() {
        secret.stop(0);
        store.close();
    }

    static HttpResponse<String> post(LineageServer server, String path, String form) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @org.junit.jupiter.api.BeforeEach
    void reset() { HITS.set(0); }

    @Test
    void noQueryMakesTheServerFetchAUrl() throws Exception {
        LineageServer server = LineageServer.builder().port(0).dataset(store.dataset()).build().start();
        try {
            String u = "<" + secretUrl + ">";
            List<String> queries = List.of(
                    "SELECT * { SERVICE " + u + " { ?s ?p ?o } }",
                    "SELECT * { SERVICE SILENT " + u + " { ?s ?p ?o } }",
                    "SELECT * { VALUES ?e { " + u + " } SERVICE ?e { ?s ?p ?o } }",
                    "SELECT * { VALUES ?e { " + u + " } SERVICE SILENT ?e { ?s ?p ?o } }",
                    "SELECT * { ?a ?b ?c FILTER EXISTS { SERVICE " + u + " { ?s ?p ?o } } } LIMIT 1",
                    "SELECT * { { SELECT * { OPTIONAL { SERVICE " + u + " { ?s ?p ?o } } } } }",
                    "SELECT * { BIND(EXISTS { SERVICE " + u + " { ?s ?p ?o } } AS ?x) }",
                    "SELECT * FROM " + u + " { ?s ?p ?o } LIMIT 1",
                    "SELECT * FROM NAMED " + u + " { GRAPH ?g { ?s ?p ?o } } LIMIT 1");
            for (String q : queries) {
                HttpResponse<String> r = post(server, "/lineage/sparql", "query=" + enc(q));
                assertEquals(400, r.statusCode(), q + " -> " + r.body());
                assertTrue(r.body().contains("refused"), r.body());
                assertFalse(r.body().contains("SECRET"), r.body());
            }
            HttpResponse<String> param = post(server, "/lineage/sparql", "query=" + enc("SELECT * { ?s ?p ?o } LIMIT 1")
                    + "&default-graph-uri=" + enc(secretUrl));
            assertEquals(400, param.statusCode(), param.body());
            HttpRequest direct = HttpRequest.newBuilder(URI.create(server.sparqlUrl())).header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString("SELECT * { SERVICE <" + secretUrl + "> { ?s ?p ?o } }")).build();
            assertEquals(400, HTTP.send(direct, HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                    + enc("SELECT * { SERVICE <" + secretUrl + "> { ?s ?p ?o } }"))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, get.statusCode());
            assertEquals(0, HITS.get(), "no request reached the internal service");
            // A local graph in FROM still works.
            HttpResponse<String> local = post(server, "/lineage/sparql", "query="
                    + enc("SELECT * FROM <https://w3id.org/vn-directive/graph/documents> { ?s ?p ?o } LIMIT 1"));
            assertEquals(200, local.statusCode(), local.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void onlyTheEndpointsTheOperatorAllowsAreCalled() throws Exception {
        LineageServer server = LineageServer.builder().port(0).dataset(store.dataset()).allowServices(Set.of(secretUrl)).build().start();
        try {
            int before = 0;
            HttpResponse<String> other = post(server, "/lineage/sparql", "query=" + enc("SELECT * { SERVICE <" + secretUrl + "-other> { ?x ?p ?o } }"));
            assertEquals(400, other.statusCode(), other.body());
            HttpResponse<String> var = post(server, "/lineage/sparql", "query=" + enc("SELECT * { VALUES ?e { <" + secretUrl + "> } SERVICE ?e { ?x ?p ?o } }"));
            assertEquals(400, var.statusCode(), var.body());
            assertEquals(before, HITS.get());
            HttpResponse<String> allowed = post(server, "/lineage/sparql", "query=" + enc("SELECT * { SERVICE <" + secretUrl + "> { ?x ?p ?o } }"));
            assertEquals(200, allowed.statusCode(), allowed.body());
            assertEquals(before + 1, HITS.get(), "the allowed endpoint is called");
        } finally {
            server.stop();
        }
    }

    @Test
    void theAdminUpdateServiceRefusesLoadAndServiceToo() throws Exception {
        LineageServer server = LineageServer.builder().port(0).dataset(store.dataset()).admin("curator", "s3cret").build().start();
        try {
            String auth = "Basic " + java.util.Base64.getEncoder().encodeToString("curator:s3cret".getBytes(StandardCharsets.UTF_8));
            for (String update : List.of("LOAD <" + secretUrl + ">", "LOAD SILENT <" + secretUrl + "> INTO GRAPH <urn:x>",
                    "INSERT { GRAPH <urn:x> { ?s ?p ?o } } WHERE { SERVICE <" + secretUrl + "> { ?s ?p ?o } }",
                    "INSERT { GRAPH <urn:x> { ?s ?p ?o } } USING <" + secretUrl + "> WHERE { ?s ?p ?o }")) {
                HttpRequest r = HttpRequest.newBuilder(URI.create(server.url() + "/lineage/update")).header("Authorization", auth)
                        .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build();
                HttpResponse<String> resp = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
                assertEquals(400, resp.statusCode(), update + " -> " + resp.body());
            }
            assertEquals(0, HITS.get(), "no request reached the internal service");
        } finally {
            server.stop();
        }
    }

    @Test
    void theServerListensOnLoopbackUnlessToldOtherwise() {
        LineageServer server = LineageServer.builder().port(0).dataset(store.dataset()).build().start();
        try {
            var connector = (org.eclipse.jetty.server.ServerConnector) server.jetty().getConnectors()[0];
            assertEquals("localhost", connector.getHost());
        } finally {
            server.stop();
        }
    }
}
