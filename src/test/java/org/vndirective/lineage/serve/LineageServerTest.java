package org.vndirective.lineage.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vndirective.lineage.store.LineageStore;
import org.vndirective.lineage.store.SampleStore;
import org.vndirective.lineage.store.SavedQuery;

/** The server as researchers and the explorer use it: real HTTP on a free port. */
class LineageServerTest {
    static final String ODD_NAME = "odd <svg onload=1> #1 %41 \"q\".txt";
    static LineageStore store;
    static LineageServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        Path dir = Files.createTempDirectory("lineage-server-");
        Path extra = Files.createTempDirectory("lineage-script-");
        // A title that tries to be markup must come back as text.
        Files.writeString(extra.resolve("script-title.txt"), "TỈNH ỦY LÂM ĐỒNG\nSố 77-KH/TU\nLâm Đồng, ngày 01 tháng 6 năm 2022\n"
                + "KẾ HOẠCH\n<script>alert(1)</script> thực hiện Kết luận số 18-KL/TW, ngày 22/9/2017 của Ban Bí thư\n-----\nNội dung.\n");
        // A file name with characters an IRI must escape: every link to it must still resolve.
        Files.writeString(extra.resolve(ODD_NAME), "TỈNH ỦY LÂM ĐỒNG\nSố 78-KH/TU\nLâm Đồng, ngày 02 tháng 6 năm 2022\n"
                + "KẾ HOẠCH\nthực hiện Kế hoạch số 59-KH/TU, ngày 10/8/2018 của Ban Thường vụ Tỉnh ủy\n-----\nNội dung.\n");
        store = SampleStore.open(dir, SampleStore.SAMPLES, extra);
        server = LineageServer.builder().port(0).dataset(store.dataset()).timeout("1000,2000").corsOrigins("*").build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> get(String path, String accept, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(30)).header("Accept", accept);
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postQuery(String query, String accept) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.sparqlUrl())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void upstreamChainOverHttpInOrderWithRelationsAndEvidence() throws Exception {
        String q = SavedQuery.packaged("upstream-chain").bind(Map.of("notation", "135-KH/HU")).toString();
        HttpResponse<String> r = postQuery(q, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        List<String> steps = new ArrayList<>();
        for (JsonNode b : new ObjectMapper().readTree(r.body()).get("results").get("bindings")) {
            steps.add(b.get("fromNotation").get("value").asText() + " " + b.get("relationEn").get("value").asText() + " "
                    + b.get("toNotation").get("value").asText());
            assertFalse(b.get("sentence").get("value").asText().isBlank(), "evidence sentence");
        }
        assertEquals(List.of("135-KH/HU implements 59-KH/TU", "59-KH/TU implements 18-KL/TW", "18-KL/TW continues 10-CT/TW"), steps);
    }

    @Test
    void getQueryAndResultFormats() throws Exception {
        String q = URLEncoder.encode("SELECT ?n WHERE { ?d <https://w3id.org/vn-directive/ontology#notation> ?n } LIMIT 3", StandardCharsets.UTF_8);
        for (String[] f : new String[][] {{"application/sparql-results+json", "application/sparql-results+json"},
                {"application/sparql-results+xml", "application/sparql-results+xml"}, {"text/csv", "text/csv"},
                {"text/tab-separated-values", "text/tab-separated-values"}}) {
            HttpResponse<String> r = get("/lineage/sparql?query=" + q, f[0]);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f[1]), r.headers().toString());
        }
        String c = URLEncoder.encode("CONSTRUCT { ?d ?p ?o } WHERE { ?d <https://w3id.org/vn-directive/ontology#notation> \"10-CT/TW\" ; ?p ?o }", StandardCharsets.UTF_8);
        assertTrue(get("/lineage/sparql?query=" + c, "text/turtle").headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(get("/lineage/sparql?query=" + c, "application/ld+json").headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
    }

    @Test
    void diacriticInsensitiveSearch() throws Exception {
        HttpResponse<String> r = postQuery("PREFIX text: <http://jena.apache.org/text#> SELECT ?d WHERE { ?d text:query \"chi AND thi AND 10 AND ct\" }",
                "application/sparql-results+json");
        assertTrue(r.body().contains("id/tw/ct/2007/10"), r.body());
        HttpResponse<String> ocr = postQuery("PREFIX text: <http://jena.apache.org/text#> SELECT ?d WHERE { ?d text:query \"Nghị AND quyết AND 22\" }",
                "application/sparql-results+json");
        assertTrue(ocr.body().contains("evidence/002_96d47606b084ea54.txt"), "the OCR'd text is found by accented words: " + ocr.body());
    }

    @Test
    void updatesAreRefused() throws Exception {
        HttpRequest upd = HttpRequest.newBuilder(URI.create(server.url() + "/lineage/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <a:b> <a:c> <a:d> }")).build();
        assertTrue(HTTP.send(upd, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400);
        HttpRequest viaQuery = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <a:b> <a:c> <a:d> }")).build();
        assertTrue(HTTP.send(viaQuery, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400);
        HttpRequest put = HttpRequest.newBuilder(URI.create(server.url() + "/lineage?default")).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")).build();
        assertTrue(HTTP.send(put, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400);
        assertEquals("false", new ObjectMapper().readTree(postQuery("ASK { <a:b> <a:c> <a:d> }", "application/sparql-results+json").body()).get("boolean").asText());
    }

    @Test
    void runawayQueryIsStopped() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = postQuery("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue((System.nanoTime() - t0) / 1e9 < 20, "stopped near its time limit");
    }

    @Test
    void malformedQueryGets400WithTheParserMessage() throws Exception {
        HttpResponse<String> r = postQuery("SELEC ?x WHERE { ?x ?y ?z }", "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Lexical error") || r.body().contains("Parse error"), r.body());
    }

    @Test
    void corsRequestFromAnotherOriginIsAnswered() throws Exception {
        HttpResponse<String> r = get("/lineage/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "application/sparql-results+json", "Origin", "http://researcher.example.org");
        assertEquals("http://researcher.example.org", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "an anonymous endpoint takes no credentials");
        HttpResponse<String> fromNull = get("/lineage/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "application/sparql-results+json", "Origin", "null");
        assertTrue(fromNull.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), fromNull.headers().toString());
        HttpRequest pre = HttpRequest.newBuilder(URI.create(server.sparqlUrl())).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://researcher.example.org").header("Access-Control-Request-Method", "POST").build();
        HttpResponse<String> p = HTTP.send(pre, HttpResponse.BodyHandlers.ofString());
        assertTrue(p.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"), p.headers().toString());
    }

    @Test
    void documentIrisByContentNegotiation() throws Exception {
        HttpResponse<String> ttl = get("/id/tw/ct/2007/10", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.body().contains("10-CT/TW"), ttl.body());
        HttpResponse<String> json = get("/doc?iri=" + URLEncoder.encode("https://w3id.org/vn-directive/id/tw/ct/2007/10", StandardCharsets.UTF_8), "application/ld+json");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        new ObjectMapper().readTree(json.body());
        HttpResponse<String> html = get("/id/tw/ct/2007/10", "text/html");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("Chỉ thị 10-CT/TW"));
        assertEquals(404, get("/id/tw/ct/1900/1", "text/turtle").statusCode());
    }

    @Test
    void scriptInATitleStaysText() throws Exception {
        HttpResponse<String> html = get("/id/lam-dong/tu/kh/2022/77", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html.body());
        assertFalse(html.body().contains("<script>alert(1)"), "not markup");
    }

    @Test
    void foldersAreNotListed() throws Exception {
        for (String dir : List.of("/vendor/", "/queries/", "/vendor", "/queries")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + dir)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 404 || r.statusCode() == 302, dir + " -> " + r.statusCode());
            assertFalse(r.body().contains("yasgui.min.js") || r.body().contains("index.json"), dir + " lists its files: " + r.body());
        }
        assertEquals(200, get("/queries/index.json", "application/json").statusCode());
    }

    @Test
    void everyLinkOnTheHtmlPagesResolves() throws Exception {
        // Two pages, then every page they link to: each link must answer 200, the odd file name's too.
        java.util.Set<String> seen = new java.util.TreeSet<>(), next = new java.util.TreeSet<>(List.of("/id/lam-dong/tu/kh/2022/78", "/id/lam-dong/tu/kh/2018/59"));
        for (int depth = 0; depth < 2; depth++) {
            java.util.Set<String> found = new java.util.TreeSet<>();
            for (String link : next) {
                if (!seen.add(link)) continue;
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + asBrowserSends(link))).header("Accept", "text/html").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), link + " -> " + r.body());
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"([^\"]*)\"").matcher(r.body());
                while (m.find()) found.add(m.group(1).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'"));
            }
            next = found;
        }
        next.forEach(seen::add);
        assertTrue(seen.stream().anyMatch(l -> l.contains("odd")), "the odd file name is linked: " + seen);
    }

    /** What a browser requests for an href: non-ASCII and spaces percent-encoded as UTF-8, the rest as written. */
    static String asBrowserSends(String href) {
        StringBuilder b = new StringBuilder();
        for (byte by : href.getBytes(StandardCharsets.UTF_8)) {
            int c = by & 0xFF;
            if (c <= 0x20 || c >= 0x7F) b.append('%').append(String.format("%02X", c));
            else b.append((char) c);
        }
        return b.toString();
    }

    @Test
    void explorerIsServed() throws Exception {
        HttpResponse<String> r = get("/", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/lineage/sparql"));
        assertNotEquals(404, get("/app.js", "*/*").statusCode());
    }
}
