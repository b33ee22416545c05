package org.vndirective.lineage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IngestCommandTest {
    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"g.nq", "g.trig", "g.ttl", "g.jsonld"})
    void writesEachFormatAndJenaReadsItBack(String name) {
        Path out = dir.resolve(name);
        assertEquals(0, Main.run("ingest", "--quiet", "--out", out.toString()), "the bundled corpus ingests cleanly");
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        long n = name.endsWith(".ttl") ? ds.getDefaultModel().size() : ds.asDatasetGraph().stream().count();
        assertTrue(n > 1000, "a real graph, got " + n + " quads");
    }

    @ParameterizedTest
    @ValueSource(strings = {"g.nq", "g.trig"})
    void rdf4jRioReadsItToo(String name) throws IOException {
        Path out = dir.resolve(name);
        Main.run("ingest", "--quiet", "--out", out.toString());
        try (InputStream in = new FileInputStream(out.toFile())) {
            Model m = Rio.parse(in, "", name.endsWith(".nq") ? RDFFormat.NQUADS : RDFFormat.TRIG);
            assertTrue(m.size() > 1000);
            assertTrue(m.contexts().size() >= 6, "named graphs: documents, reference and one per file");
        }
    }

    @Test
    void sameInputSameBytes() throws IOException {
        Path a = dir.resolve("a.nq"), b = dir.resolve("b.nq");
        Main.run("ingest", "--quiet", "--out", a.toString());
        Main.run("ingest", "--quiet", "--out", b.toString());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void statsLineGivesAHeapFigureWithinTheCap() {
        Stats.watch();
        System.gc();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("peak-heap-mb=(\\d+) peak-rss-mb=(-?\\d+) max-heap-mb=(\\d+) collections=(\\d+)")
                .matcher(Stats.line());
        assertTrue(m.find(), Stats.line());
        long heap = Long.parseLong(m.group(1)), max = Long.parseLong(m.group(3));
        assertTrue(heap > 0 && heap <= max, Stats.line());
        assertTrue(Long.parseLong(m.group(4)) > 0, "System.gc() was counted: " + Stats.line());
    }

    @Test
    void unknownOutputFormatIsAUsageError() {
        assertEquals(2, Main.run("ingest", "--out", dir.resolve("g.xyz").toString()));
    }

    @Test
    void bundledCorpusHoldsTheSampleChain() throws IOException {
        Path out = dir.resolve("g.nq");
        Main.run("ingest", "--quiet", "--out", out.toString());
        var g = new org.vndirective.lineage.GraphQueries(RDFDataMgr.loadDataset(out.toString()).asDatasetGraph());
        List<String> chain = g.column("""
                SELECT ?n WHERE { ?start vnd:notation "135-KH/HU" . ?start (vnd:implements|vnd:continues)* ?d .
                  ?d vnd:notation ?n } ORDER BY DESC(?n)""", "n");
        assertTrue(chain.containsAll(List.of("135-KH/HU", "59-KH/TU", "18-KL/TW", "10-CT/TW")), chain.toString());
    }

    @Test
    void progressWithoutATerminalIsPlainLinesCountingEachFileOnce() {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        IngestCommand.Progress p = new IngestCommand.Progress(new java.io.PrintStream(b, true, java.nio.charset.StandardCharsets.UTF_8), false, false);
        for (int pass = 1; pass <= 2; pass++) {
            p.pass(pass, 2);
            for (int i = 1; i <= 300; i++) p.progress(i, 300);
        }
        p.finish();
        String said = b.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("lineage: 300/300 files (pass 1 of 2: read)\nlineage: 300/300 files (pass 2 of 2: resolve)\n",
                said.replace(System.lineSeparator(), "\n"));
    }
}
