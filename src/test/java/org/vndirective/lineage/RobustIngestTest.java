package org.vndirective.lineage;

import org.vndirective.lineage.report.IngestResult;
import org.vndirective.lineage.report.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vndirective.lineage.extract.ConferenceMention;
import org.vndirective.lineage.extract.Extractor;
import org.vndirective.lineage.extract.FileExtraction;
import org.vndirective.lineage.extract.Span;
import org.vndirective.lineage.rdf.GraphSink;
import org.vndirective.lineage.text.SourceText;

/** A bug met on one file costs that file, said so with where its stack trace went; the rest of the batch is used. */
class RobustIngestTest {
    @TempDir Path dir;

    static Stream<Arguments> failingStages() {
        Extractor standard = Extractor.standard();
        Function<SourceText, FileExtraction> throwsInExtraction = t -> {
            if (t.name().equals("b.txt")) throw new IllegalStateException("boom");
            return standard.extract(t);
        };
        // A conference mention without its term (no finder makes one): the resolver fails on it, in pass 2.
        Function<SourceText, FileExtraction> breaksResolution = t -> {
            FileExtraction x = standard.extract(t);
            return t.name().equals("b.txt") ? new FileExtraction(x.text(), x.header(),
                    List.of(new ConferenceMention(Span.of(0, 1), 0, "Resolution", 4, null, "x")), x.links(), x.problems()) : x;
        };
        // Errors the JVM recovers from once the file's data is let go of, in pass 1 and, reading again, in pass 2.
        Function<SourceText, FileExtraction> outOfHeap = t -> {
            if (t.name().equals("b.txt")) throw new OutOfMemoryError("Java heap space");
            return standard.extract(t);
        };
        Function<SourceText, FileExtraction> outOfStack = t -> {
            if (t.name().equals("b.txt")) throw new StackOverflowError();
            return standard.extract(t);
        };
        AtomicInteger readsOfB = new AtomicInteger();
        Function<SourceText, FileExtraction> outOfHeapInPass2 = t -> {
            if (t.name().equals("b.txt") && readsOfB.incrementAndGet() == 2) throw new OutOfMemoryError("Java heap space");
            return standard.extract(t);
        };
        return Stream.of(Arguments.of("extraction", throwsInExtraction, "IllegalStateException: boom", 2_000),
                Arguments.of("resolution", breaksResolution, "NullPointerException", 2_000),
                Arguments.of("out of heap", outOfHeap, "OutOfMemoryError: Java heap space", 2_000),
                Arguments.of("out of stack", outOfStack, "StackOverflowError", 2_000),
                Arguments.of("out of heap, pass 2", outOfHeapInPass2, "OutOfMemoryError: Java heap space", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingStages")
    void oneFileFailsTheOtherTwoAreUsed(String stage, Function<SourceText, FileExtraction> extractor, String exception,
                                        int keepUpTo) throws IOException {
        for (String n : List.of("a", "b", "c")) {
            Files.writeString(dir.resolve(n + ".txt"), BadInputTest.GOOD.replace("59-KH/TU", switch (n) {
                case "a" -> "59-KH/TU";
                case "b" -> "60-KH/TU";
                default -> "61-KH/TU";
            }));
        }
        Path log = dir.resolve("errors.log");
        List<Problem> problems = new ArrayList<>();
        List<IngestResult.FileReport> reports = new ArrayList<>();
        DatasetGraph ds = DatasetGraphFactory.create();
        Ingest.Outcome o = Ingest.create().inputs(List.of(dir.resolve("a.txt"), dir.resolve("b.txt"), dir.resolve("c.txt")))
                .extractor(extractor).keepExtractionsUpTo(keepUpTo).errorLog(log).problems(problems::add).reports(reports::add).build()
                .run(GraphSink.into(ds));

        String said = problems.stream().map(Problem::toString).filter(p -> p.startsWith("b.txt")).findFirst().orElse("");
        assertTrue(said.startsWith("b.txt: error: internal: java.lang." + exception), said);
        assertTrue(said.endsWith("(a bug: please report it with this file)"), said);
        assertEquals(3, o.summary().files());
        assertEquals(1, o.summary().filesSkipped());
        assertEquals(1, o.summary().internalErrors());
        assertTrue(o.summary().incomplete(), "exit status 1");
        assertEquals(log, o.errorLog());
        String trace = Files.readString(log);
        assertTrue(trace.contains("b.txt") && trace.contains("\tat "), trace);

        var g = new GraphQueries(ds);
        assertTrue(g.ask("ASK { ?d vnd:notation \"59-KH/TU\" ; dcterms:source ?s }"), "a.txt used");
        assertTrue(g.ask("ASK { ?d vnd:notation \"61-KH/TU\" ; dcterms:source ?s }"), "c.txt used");
        assertFalse(g.ask("ASK { ?s vnd:fileName \"b.txt\" }"), "b.txt left out");
        assertEquals(List.of("a.txt", "c.txt"), reports.stream().filter(IngestResult.FileReport::used)
                .map(IngestResult.FileReport::fileName).sorted().toList());
        assertNotNull(reports.stream().filter(r -> r.fileName().equals("b.txt") && !r.used()).findFirst().orElse(null));
    }
}
