package org.vndirective.lineage.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vndirective.lineage.store.LineageStore;
import org.vndirective.lineage.store.SampleStore;

/** Every query the documentation shows works on the endpoint: each ```sparql block of the README and the ontology page. */
class DocumentedQueriesTest {
    private static final Pattern BLOCK = Pattern.compile("^( *)```sparql\\n(.*?)^ *```", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern ROWS = Pattern.compile("^# rows: (\\d+)", Pattern.MULTILINE);

    static List<String> queries(Path doc) throws Exception {
        List<String> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(Files.readString(doc));
        while (m.find()) out.add(m.group(2).replaceAll("(?m)^" + m.group(1), ""));
        return out;
    }

    @Test
    void everyDocumentedQueryAnswersOnTheSampleStore() throws Exception {
        List<String> all = new ArrayList<>(queries(Path.of("README.md")));
        all.addAll(queries(Path.of("ontology/README.md")));
        assertTrue(all.size() >= 3, "the docs show queries: " + all);
        try (LineageStore store = SampleStore.open(Files.createTempDirectory("lineage-docs-"))) {
            LineageServer server = LineageServer.builder().port(0).dataset(store.dataset()).build().start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                for (String q : all) {
                    HttpRequest r = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                            .header("Accept", "application/sparql-results+json").build();
                    HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, resp.statusCode(), q + "\n-> " + resp.body());
                    JsonNode rows = new ObjectMapper().readTree(resp.body()).get("results").get("bindings");
                    Matcher expected = ROWS.matcher(q);
                    if (expected.find()) assertEquals(Integer.parseInt(expected.group(1)), rows.size(), q + "\n-> " + resp.body());
                    else assertFalse(rows.isEmpty(), "no rows for a documented query:\n" + q);
                }
            } finally {
                server.stop();
            }
        }
    }
}
