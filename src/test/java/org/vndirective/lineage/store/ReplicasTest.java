package org.vndirective.lineage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        try (ServeChild one = ServeChild.start("--no-ingest", "--port", "0", "--data", primary.toString());
             ServeChild two = ServeChild.start("--no-ingest", "--port", "0", "--data", copy.toString())) {
            List<QueryTarget> replicas = List.of(QueryTarget.endpoint(one.endpoint(), 60_000), QueryTarget.endpoint(two.endpoint(), 60_000));
            for (String name : SavedQueriesTest.savedNames()) {
                List<List<String>> first = SavedQueriesTest.rows(replicas.get(0), name, Map.of());
                assertEquals(first, SavedQueriesTest.rows(replicas.get(1), name, Map.of()), name + ": the replicas agree");
                SavedQueriesTest.assertGolden(name, first);
            }
        }
    }
}
