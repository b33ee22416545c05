package org.vndirective.lineage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vndirective.lineage.cli.Main;

/**
 * The saved queries on a second engine: the inputs of {@link SavedQueriesTest} go through {@code ingest} to N-Quads
 * (the lineage closure included), into Virtuoso by its bulk loader, and every saved query must return the rows of
 * its golden file there too, and the same rows as TDB2 with the parameters SavedQueriesTest's own cases use.
 */
class VirtuosoParityTest {
    static Path dir;
    static LineageStore store;
    static Virtuoso virtuoso;
    static QueryTarget there;

    @BeforeAll
    static void load() throws IOException, InterruptedException {
        Virtuoso.assumeInstalled();
        dir = Files.createTempDirectory("lineage-virtuoso-");
        Path phenomena = Path.of("src/test/resources/corpus/phenomena");
        store = SampleStore.open(dir.resolve("store"), SampleStore.SAMPLES, phenomena);
        Path nq = dir.resolve("graph.nq");
        assertEquals(0, Main.run("ingest", "--quiet", "--out", nq.toString(), SampleStore.SAMPLES.toString(), phenomena.toString()));
        virtuoso = Virtuoso.start();
        virtuoso.bulkLoad(nq);
        virtuoso.indexText();
        there = QueryTarget.endpoint(virtuoso.sparql(), 120_000);
    }

    @AfterAll
    static void close() {
        if (virtuoso != null) virtuoso.close();
        if (store != null) store.close();
    }

    /** Rows of a query that is not a saved one, each term as its IRI or lexical form. */
    static List<List<String>> rows(QueryTarget target, String query) {
        return target.query(QueryFactory.create(query), qe -> {
            List<List<String>> out = new ArrayList<>();
            var rs = qe.select();
            List<String> vars = rs.getResultVars().stream().map(v -> v.getVarName()).toList();
            rs.forEachRemaining(b -> out.add(vars.stream().map(v -> {
                Node n = b.get(v);
                return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
            }).toList()));
            out.sort(Comparator.comparing(Object::toString));
            return out;
        });
    }

    @Test
    void everyGraphHoldsWhatTheStoreHolds() {
        String count = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/vn-directive/graph/\")"
                + " && ?g != <" + LineageStore.STATE.getURI() + ">) } GROUP BY ?g";
        List<List<String>> here = rows(store.queries(), count);
        assertTrue(here.size() > 10, "graphs: " + here.size());
        assertEquals(here, rows(there, count), "quads per graph, TDB2 and Virtuoso");
    }

    @TestFactory
    Stream<DynamicTest> everySavedQueryGivesItsGoldenRows() throws IOException {
        return SavedQueriesTest.savedNames().stream().map(name -> DynamicTest.dynamicTest(name,
                () -> SavedQueriesTest.assertGolden(name, SavedQueriesTest.rows(there, name, Map.of()))));
    }

    /**
     * The explorer's searches (Lucene's syntax) on both engines: jena-text, which folds as it indexes, on TDB2; on
     * Virtuoso the same query rewritten to {@code bif:contains} over the literals and their folded copies. Both
     * find the same resources.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chi AND thi AND 10", "chỉ AND thị AND 10", "ket AND luan AND 18", "tinh AND uy AND lam AND dong",
            "sinh AND hoat AND chi AND bo", "59 AND kh AND tu", "Đảng", "ke AND hoach NOT 59", "(135 OR 0135) AND kh AND hu",
            "chi~1 AND thij~1 AND 10", "(18 OR 018) AND kt~1 AND tu~1", "nghi~1 AND quyet~1"})
    void searchesFindTheSameOnBoth(String lucene) {
        String query = "SELECT DISTINCT ?hit WHERE { (?hit ?score) <http://jena.apache.org/text#query> (" + lit(lucene) + " 100000) }";
        List<List<String>> onTdb2 = rows(store.queries(), query);
        assertFalse(onTdb2.isEmpty(), "jena-text finds something for " + lucene);
        assertEquals(onTdb2, rows(there, TextSearch.VIRTUOSO.rewrite(query)), lucene);
    }

    private static String lit(String s) {
        return org.apache.jena.sparql.util.FmtUtils.stringForNode(org.apache.jena.graph.NodeFactory.createLiteralString(s));
    }

    /** The parameters SavedQueriesTest's own cases use: the same rows on both engines. */
    @TestFactory
    Stream<DynamicTest> withParametersTheSameRowsAsTdb2() {
        record Case(String query, Map<String, String> params) {}
        return Stream.of(
                new Case("upstream-chain", Map.of("notation", "135-KH/HU")),
                new Case("downstream-tree", Map.of("notationParam", "10-CT/TW")),
                new Case("coverage-of", Map.of("notation", "18-KL/TW", "year", "2017")),
                new Case("coverage-of", Map.of("notation", "18-KL/TW", "year", "2016")),
                new Case("upstream-chain", Map.of("notation", "\" } } SELECT * WHERE { ?s ?p ?o } #")))
                .map(c -> DynamicTest.dynamicTest(c.query() + " " + c.params(), () -> assertEquals(
                        SavedQueriesTest.rows(store.queries(), c.query(), c.params()), SavedQueriesTest.rows(there, c.query(), c.params()))));
    }
}
