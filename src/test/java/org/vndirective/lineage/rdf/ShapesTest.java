package org.vndirective.lineage.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vndirective.lineage.report.IngestResult;
import org.vndirective.lineage.Lineage;

/** Ingest output conforms; each file under shapes/invalid breaks one thing, and the shapes must say which. */
class ShapesTest {
    static IngestResult samples;

    @BeforeAll
    static void ingest() {
        samples = Lineage.ingest(List.of(Path.of("src/main/resources/corpus/lam-dong"), Path.of("src/test/resources/corpus/phenomena")));
    }

    @Test
    void ingestOutputConforms() {
        assertEquals(List.of(), samples.shapeViolations());
    }

    static Stream<Path> breakages() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/shapes/invalid"))) {
            return s.filter(p -> p.toString().endsWith(".ru")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("breakages")
    void eachBreakageIsCaught(Path update) throws IOException {
        String ru = Files.readString(update);
        String expect = ru.lines().findFirst().orElseThrow().replaceFirst("^#\\s*expect:\\s*", "").strip();
        DatasetGraph copy = DatasetGraphFactory.create();
        samples.dataset().find().forEachRemaining(copy::add);
        UpdateAction.parseExecute(ru, copy);
        Shapes.Result r = Shapes.load().validate(copy);
        assertFalse(r.conforms(), update + " should break the shapes");
        assertTrue(r.violations().stream().anyMatch(v -> v.contains(expect)), "expected \"" + expect + "\" in " + r.violations());
    }
}
