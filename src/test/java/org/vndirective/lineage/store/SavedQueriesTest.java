package org.vndirective.lineage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vndirective.lineage.vocab.VND;

/**
 * Every saved query in {@code queries/} against the sample store: checks ({@code *-violation}) return no rows;
 * the others return the rows of their golden file {@code queries/NAME.expected.tsv} (regenerate with
 * {@code -Dgolden.update=true} after a deliberate change, and read the diff).
 */
public class SavedQueriesTest {
    static Path dir;
    static LineageStore store;

    @BeforeAll
    static void open() throws IOException {
        dir = Files.createTempDirectory("lineage-queries-");
        store = SampleStore.open(dir, SampleStore.SAMPLES, Path.of("src/test/resources/corpus/phenomena"));
    }

    @AfterAll
    static void close() { store.close(); }

    static List<List<String>> run(String name, Map<String, String> params) { return rows(store.queries(), name, params); }

    /** The rows of a saved query as the golden files hold them, wherever it runs. */
    public static List<List<String>> rows(QueryTarget target, String name, Map<String, String> params) {
        SavedQuery q = SavedQuery.packaged(name);
        return target.query(q.bind(params), qe -> {
            ResultSet rs = ResultSet.adapt(qe.select());
            List<String> vars = rs.getResultVars();
            List<List<String>> rows = new ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                List<String> row = new ArrayList<>();
                for (String v : vars) row.add(text(s.get(v)));
                rows.add(row);
            }
            return rows;
        });
    }

    /** The saved queries' names, as files in queries/. */
    public static List<String> savedNames() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq")).map(f -> f.replace(".rq", "")).sorted().toList();
        }
    }

    /** Checks the rows of a saved query: none for a check, else those of its golden file. */
    public static void assertGolden(String name, List<List<String>> rows) throws IOException {
        if (name.endsWith("-violation")) {
            assertEquals(List.of(), rows, name + " must return no rows");
            return;
        }
        assertTrue(!rows.isEmpty(), name + " returns rows on the sample graph");
        List<String> lines = rows.stream().map(r -> String.join("\t", r)).toList();
        Path golden = Path.of("src/test/resources/queries", name + ".expected.tsv");
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.write(golden, lines);
        }
        assertEquals(Files.readAllLines(golden), lines, "rows of " + name + " (golden " + golden + ")");
    }

    private static String text(RDFNode n) {
        if (n == null) return "";
        String s = n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
        s = s.replace(VND.ID, "id:").replace('\t', ' ').replace('\n', ' ');
        // GROUP_CONCAT's order is the store's, not SPARQL's: a list compares sorted.
        return s.contains(" | ") ? String.join(" | ", java.util.Arrays.stream(s.split(" \\| ")).sorted().toList()) : s;
    }

    @TestFactory
    Stream<DynamicTest> everySavedQuery() throws IOException {
        return savedNames().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            assertTrue(SavedQuery.NAMES.contains(name), name + " is listed in SavedQuery.NAMES");
            assertGolden(name, run(name, Map.of()));
        }));
    }

    @Test
    void upstreamChainOf135GoesUpToTheCentralDirectiveInOrder() {
        List<List<String>> rows = run("upstream-chain", Map.of("notation", "135-KH/HU"));
        List<String> steps = rows.stream().map(r -> r.get(1) + " " + r.get(3) + " " + r.get(5)).toList();
        assertEquals(List.of("135-KH/HU implements 59-KH/TU", "59-KH/TU implements 18-KL/TW", "18-KL/TW continues 10-CT/TW"), steps);
        for (List<String> r : rows) {
            assertTrue(r.get(7).contains(r.get(5).split("-")[0]), "evidence names the target: " + r.get(7));
            assertTrue(r.get(8).endsWith(".txt"), "source file");
        }
    }

    @Test
    void downstreamTreeOf10ReachesTheDistrictAndTheReview() {
        List<List<String>> rows = run("downstream-tree", Map.of("notationParam", "10-CT/TW"));
        List<String> notations = rows.stream().map(r -> r.get(1)).toList();
        assertTrue(notations.containsAll(List.of("18-KL/TW", "59-KH/TU", "135-KH/HU", "1066-KL/HU")), notations.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("1066-KL/HU") && r.get(4).contains("sơ kết")), "1066 reviews");
        assertTrue(notations.indexOf("18-KL/TW") < notations.indexOf("59-KH/TU") && notations.indexOf("59-KH/TU") < notations.indexOf("135-KH/HU"),
                "central, then province, then district: " + notations);
    }

    @Test
    void coverageOf18KLListsEveryProvinceWithWhatItIssuedAndTheLag() {
        List<List<String>> rows = run("coverage-of", Map.of("notation", "18-KL/TW", "year", "2017"));
        assertEquals(63, rows.stream().map(r -> r.get(0)).distinct().count(), "every province in office in 2017");
        assertTrue(rows.contains(List.of("Nghệ An", "", "id:nghe-an/tu/kh/2018/45", "45-KH/TU", "Kế hoạch", "2018-01-15", "115", "thực hiện", "18-KL/TW")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("Đô Lương") && r.get(3).equals("88-KH/HU") && r.get(8).equals("45-KH/TU")), "districts");
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("An Giang") && r.get(2).isEmpty()), "nothing found is a row too");
        assertEquals(List.of(), run("coverage-of", Map.of("notation", "18-KL/TW", "year", "2016")), "the year must match the document's");
    }

    @Test
    void ambiguousMentionIsListedWithBothCandidates() {
        List<List<String>> rows = run("unresolved-mentions", Map.of());
        assertTrue(rows.stream().anyMatch(r -> r.get(2).equals("ambiguous") && r.get(4).contains("tw/nq/2017/18")
                && r.get(4).contains("tw/nq/2022/18")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(2).equals("unresolved") && r.get(1).contains("Trung ương 9")), rows.toString());
    }

    @Test
    void parametersAreBoundAsLiteralsNotText() {
        List<List<String>> rows = run("upstream-chain", Map.of("notation", "\" } } SELECT * WHERE { ?s ?p ?o } #"));
        assertEquals(List.of(), rows);
    }
}
