package org.vndirective.lineage;

import org.vndirective.lineage.report.IngestResult;
import org.vndirective.lineage.report.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndirective.lineage.rdf.NQuadsSink;

/**
 * The streaming ingest (two passes, extraction repeated, documents merged through spill files) must say exactly
 * what the in-memory ingest says, on the samples and every test document.
 */
class StreamingIngestTest {
    static final List<Path> CORPORA = List.of(Path.of("src/main/resources/corpus/lam-dong"), Path.of("src/test/resources/corpus/phenomena"));

    @TempDir Path tmp;

    @Test
    void spillingTwoPassIngestGivesTheSameQuadsAsTheInMemoryOne() throws IOException {
        IngestResult memory = Lineage.ingest(CORPORA);
        Path nq = tmp.resolve("stream.nq");
        List<Problem> problems = new ArrayList<>();
        Ingest.Outcome streamed;
        try (NQuadsSink sink = new NQuadsSink(nq)) {
            streamed = Ingest.create().inputs(CORPORA).keepExtractionsUpTo(0).spillAbove(0).problems(problems::add)
                    .build().run(sink);
        }
        assertEquals(memory.summary(), streamed.summary());
        assertTrue(streamed.conforms(), streamed.shapeViolations().toString());
        assertEquals(lines(memory.dataset()), new TreeSet<>(Files.readAllLines(nq)));
        assertEquals(memory.problems().stream().map(Problem::toString).sorted().toList(),
                problems.stream().map(Problem::toString).sorted().toList());
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        Path a = tmp.resolve("a.nq"), b = tmp.resolve("b.nq");
        for (Path out : List.of(a, b)) {
            try (NQuadsSink sink = new NQuadsSink(out)) {
                Ingest.create().inputs(CORPORA).spillAbove(0).build().run(sink);
            }
        }
        assertEquals(-1, Files.mismatch(a, b));
    }

    private static Set<String> lines(DatasetGraph ds) {
        Set<String> out = new TreeSet<>();
        ds.find().forEachRemaining(q -> out.add(NodeFmtLib.strNQ(q).strip()));
        return out;
    }
}
