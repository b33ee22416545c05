package org.vndirective.lineage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.vndirective.lineage.cli.Main;
import org.vndirective.lineage.rdf.LineageClosure;

/**
 * Everything the saved queries need comes out of {@code ingest}: the N-Quads, loaded as they are into a store that
 * computes nothing (an in-memory dataset whose default graph is the union of the named graphs, as in Virtuoso),
 * answer every saved query with the golden rows, the lineage closure included.
 */
class NQuadsQueriesTest {
    @TempDir static Path dir;
    static QueryTarget target;

    @BeforeAll
    static void ingest() {
        Path nq = dir.resolve("g.nq");
        assertEquals(0, Main.run("ingest", "--quiet", "--out", nq.toString(), SampleStore.SAMPLES.toString(), "src/test/resources/corpus/phenomena"));
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> RDFDataMgr.read(dsg, nq.toString()));
        assertTrue(Txn.calculateRead(dsg, () -> dsg.containsGraph(LineageClosure.GRAPH)), "the closure graph is in the N-Quads");
        target = QueryTarget.of(DatasetFactory.wrap(dsg));
    }

    @TestFactory
    Stream<DynamicTest> everySavedQueryOnTheLoadedNQuads() throws IOException {
        return SavedQueriesTest.savedNames().stream().map(name -> DynamicTest.dynamicTest(name,
                () -> SavedQueriesTest.assertGolden(name, SavedQueriesTest.rows(target, name, Map.of()))));
    }
}
