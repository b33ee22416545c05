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
                // A page elsewhere (or a DNS name rebound to 127.0.0.1) must not drive the curator's browser.
                for (String[] h : new String[][] {{"Origin", "http://evil.example"}, {"Origin", "null"}}) {
                    HttpRequest cross = HttpRequest.newBuilder(URI.create(server.url() + "/lineage/update"))
                            .header("Authorization", basic("curator", "s3cret")).header(h[0], h[1]).header("Content-Type", "application/sparql-update")
                            .POST(HttpRequest.BodyPublishers.ofString(update)).build();
                    HttpResponse<String> r = http.send(cross, HttpResponse.BodyHandlers.ofString());
                    assertEquals(403, r.statusCode(), h[1]);
                    assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), r.headers().toString());
                }
                try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
                    String body = update;
                    s.getOutputStream().write(("POST /lineage/update HTTP/1.1\r\nHost: rebound.example:" + server.port()
                            + "\r\nAuthorization: " + basic("curator", "s3cret") + "\r\nContent-Type: application/sparql-update\r\n"
                            + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body)
                            .getBytes(StandardCharsets.UTF_8));
                    String status = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
                    assertTrue(status.contains(" 403 "), "a spoofed Host is refused: " + status);
                }
            } finally {
                server.stop();
            }
        }
    }

    private static String basic(String user, String pw) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8));
    }
}
