package org.vndirective.lineage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndirective.lineage.cli.Main;

/**
 * Read replicas: a store copied while no load runs, served by two {@code serve --no-ingest} processes on loopback
 * (port 0 each), answers every saved query the same on both, with the golden rows. Behind any HTTP load balancer,
 * that is the way to spread reads over processes or machines.
 */
class ReplicasTest {
    @TempDir Path tmp;

    @Test
    void twoServersOnCopiesOfOneStoreAnswerTheSame() throws Exception {
        Path primary = tmp.resolve("primary"), copy = tmp.resolve("copy");
        SampleStore.open(primary, SampleStore.SAMPLES, Path.of("src/test/resources/corpus/phenomena")).close();
        RecoveryTest.copyTree(primary, copy);
        List<Process> servers = new ArrayList<>();
        try {
            List<QueryTarget> replicas = new ArrayList<>();
            for (Path store : List.of(primary, copy)) {
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                        "serve", "--no-ingest", "--port", "0", "--data", store.toString()).redirectErrorStream(true).start();
                servers.add(p);
                replicas.add(QueryTarget.endpoint(endpoint(p), 60_000));
            }
            for (String name : SavedQueriesTest.savedNames()) {
                List<List<String>> first = SavedQueriesTest.rows(replicas.get(0), name, Map.of());
                assertEquals(first, SavedQueriesTest.rows(replicas.get(1), name, Map.of()), name + ": the replicas agree");
                SavedQueriesTest.assertGolden(name, first);
            }
        } finally {
            for (Process p : servers) {
                p.destroy();
                if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
            }
        }
    }

    /** The endpoint a starting server prints; its other output is read and dropped so it never blocks. */
    private static String endpoint(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.startsWith("SPARQL endpoint: ")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return line.substring("SPARQL endpoint: ".length()).strip();
            }
        }
        assertTrue(false, "the server did not start:\n" + seen);
        return null;
    }
}
