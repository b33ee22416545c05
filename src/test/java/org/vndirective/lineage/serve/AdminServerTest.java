package org.vndirective.lineage.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.vndirective.lineage.store.LineageStore;
import org.vndirective.lineage.store.SampleStore;

/** With --admin, updates need the credentials; without them, or with others, they are refused. */
class AdminServerTest {
    @Test
    void updateNeedsTheAdminCredentials() throws Exception {
        try (LineageStore store = SampleStore.open(Files.createTempDirectory("lineage-admin-"))) {
            LineageServer server = LineageServer.builder().port(0).dataset(store.dataset()).admin("curator", "s3cret").build().start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String update = "INSERT DATA { GRAPH <urn:note> { <urn:a> <urn:b> \"c\" } }";
                HttpRequest anonymous = HttpRequest.newBuilder(URI.create(server.url() + "/lineage/update"))
                        .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build();
                assertEquals(401, http.send(anonymous, HttpResponse.BodyHandlers.ofString()).statusCode());
                HttpRequest wrong = HttpRequest.newBuilder(URI.create(server.url() + "/lineage/update"))
                        .header("Authorization", basic("curator", "guess")).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build();
                assertEquals(401, http.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode());
                HttpRequest right = HttpRequest.newBuilder(URI.create(server.url() + "/lineage/update"))
                        .header("Authorization", basic("curator", "s3cret")).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build();
                int code = http.send(right, HttpResponse.BodyHandlers.ofString()).statusCode();
                assertTrue(code == 200 || code == 204, "update accepted: " + code);
            } finally {
                server.stop();
            }
        }
    }

    private static String basic(String user, String pw) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8));
    }
}
