package org.vndirective.lineage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The README's "Querying the graph" section: each ```sparql block runs, as printed, against the samples and our
 * test documents, and its answer holds what the question asks for.
 */
class ReadmeQueriesTest {
    /** Per block, in order: text its answer must contain, and text it must not. */
    static final List<String[]> EXPECTED = List.of(
            new String[] {"\"59-KH/TU\" \"implements\" \"18-KL/TW\"", "99-KH/HU"},          // the chain of 135-KH/HU, and only it
            new String[] {"\"42-CTr/TU\"", "\"Lâm Đồng\" <https://w3id.org/vn-directive/ontology#Province> \"59-KH/TU\""}, // 21-NQ/TW (2022), not 18-KL/TW
            new String[] {"\"11-KH/TU\"", "\"59-KH/TU\""},                                       // Lâm Đồng in 2021, not 2018
            new String[] {"sơ kết 05 năm thực hiện Kế hoạch số 59-KH/TU", "833/NQ-UBTVQH14"},                  // only file 003
            new String[] {"\"ambiguous\"", "\"resolved\""});
    static LineageStore store;

    @BeforeAll
    static void open() throws IOException {
        store = SampleStore.open(Files.createTempDirectory("lineage-readme-"), SampleStore.SAMPLES, Path.of("src/test/resources/corpus/phenomena"));
    }

    @AfterAll
    static void close() { store.close(); }

    static List<String> blocks() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf("## Querying the graph"), to = readme.indexOf("\n## ", from + 1);
        assertTrue(from >= 0, "README has a 'Querying the graph' section");
        Matcher m = Pattern.compile("```sparql\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(from, to));
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyReadmeQueryAnswersItsQuestion() throws IOException {
        List<String> blocks = blocks();
        assertEquals(EXPECTED.size(), blocks.size(), "one expectation per README query");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String query = blocks.get(i);
            String[] expect = EXPECTED.get(i);
            tests.add(DynamicTest.dynamicTest("README query " + (i + 1), () -> {
                String answer = Txn.calculateRead(store.dataset(), () -> {
                    try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(QueryFactory.create(query)).build()) {
                        return ResultSetFormatter.asText(qe.execSelect()).replaceAll("\\s*\\|\\s*", " ");
                    }
                });
                assertTrue(answer.contains(expect[0]), "answer holds " + expect[0] + ":\n" + answer);
                assertTrue(!answer.contains(expect[1]), "answer does not hold " + expect[1] + ":\n" + answer);
            }));
        }
        return tests.stream();
    }
}
