package org.vndirective.lineage.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vndirective.lineage.GraphQueries;
import org.vndirective.lineage.Lineage;

/**
 * What resolution across files must give: each small corpus under {@code corpus/NAME/} is ingested together, and
 * every line of {@code corpus/NAME.facts} ("tw/nq/2025/68 issuedBy body/tw/bo-chinh-tri") must be in its graph.
 */
class CorpusFactsTest {
    static final Path DIR = Path.of("src/test/resources/corpus");
    static final String ID = "https://w3id.org/vn-directive/id/";

    @TestFactory
    Stream<DynamicTest> facts() throws IOException {
        return Stream.of("issuers").flatMap(name -> {
            GraphQueries graph = new GraphQueries(Lineage.ingest(List.of(DIR.resolve(name))).dataset());
            List<String> lines;
            try {
                lines = Files.readAllLines(DIR.resolve(name + ".facts"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> DynamicTest.dynamicTest(name + ": " + l, () -> {
                String[] f = l.strip().split("\\s+", 3);
                String value = f[2].contains("/") ? "<" + ID + f[2] + ">" : "\"" + f[2] + "\"";
                String got = String.join(", ", graph.column("SELECT ?v WHERE { <" + ID + f[0] + "> vnd:" + f[1] + " ?v }", "v"));
                assertTrue(graph.ask("ASK { <" + ID + f[0] + "> vnd:" + f[1] + " " + value + " }"), l + "; the graph has: " + got);
            }));
        });
    }
}
