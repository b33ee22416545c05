package org.vndirective.lineage;

import org.vndirective.lineage.report.IngestResult;
import org.vndirective.lineage.report.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vndirective.lineage.cli.Main;

/** Every path given or found is used or skipped with its reason, and counted; names are shown as they are. */
class InputAccountingTest {
    @TempDir Path dir;

    private static void mkfifo(Path p) throws IOException, InterruptedException {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
        Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is needed");
    }

    private static String problemFor(IngestResult r, String file) {
        return r.problems().stream().filter(p -> p.file().equals(file)).map(Problem::toString).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void hostileFolderEveryEntryAccountedFor() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), BadInputTest.GOOD);
        Files.writeString(in.resolve(".hidden.txt"), BadInputTest.GOOD.replace("59-KH/TU", "60-KH/TU"));
        Files.writeString(in.resolve("back\\slash.txt"), BadInputTest.GOOD.replace("59-KH/TU", "61-KH/TU"));
        Files.writeString(Files.createDirectories(in.resolve("back")).resolve("slash.txt"), BadInputTest.GOOD.replace("59-KH/TU", "62-KH/TU"));
        mkfifo(in.resolve("y.txt"));
        Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("nowhere.txt"));
        Files.createSymbolicLink(in.resolve("loop.txt"), in.resolve("loop.txt"));
        Path fifo = dir.resolve("given-fifo");
        mkfifo(fifo);
        Path missing = dir.resolve("missing.txt");

        IngestResult r = Lineage.ingest(List.of(in, fifo, missing));
        assertEquals("", problemFor(r, ".hidden.txt"), "a hidden file is used like any other");
        assertEquals("", problemFor(r, "back\\slash.txt"), "a backslash is part of the name");
        assertTrue(problemFor(r, "y.txt").contains("y.txt: skipped: not a regular file (a FIFO)"), problemFor(r, "y.txt"));
        assertTrue(problemFor(r, "dangling.txt").contains("skipped: dangling link"), problemFor(r, "dangling.txt"));
        assertTrue(problemFor(r, "loop.txt").contains("skipped: looping link"), problemFor(r, "loop.txt"));
        assertTrue(problemFor(r, fifo.toString()).contains("skipped: not a regular file (a FIFO)"), r.problems().toString());
        assertTrue(problemFor(r, missing.toString()).contains("skipped: no such file or folder"), r.problems().toString());
        assertEquals(9, r.summary().files(), r.summary().toString());
        assertEquals(5, r.summary().filesSkipped(), r.summary().toString());
        assertEquals(List.of(".hidden.txt", "a.txt", "back/slash.txt", "back\\slash.txt"), r.files().stream()
                .filter(IngestResult.FileReport::used).map(IngestResult.FileReport::fileName).sorted().toList());
        var g = new GraphQueries(r.dataset());
        // Two files, two graphs: the backslash is not a folder.
        assertEquals(List.of("back/slash.txt 62-KH/TU", "back\\slash.txt 61-KH/TU"), g.column("""
                SELECT ?x WHERE { ?s vnd:fileName ?f . ?d dcterms:source ?s ; vnd:notation ?n
                  FILTER(STRSTARTS(?f, "back")) BIND(CONCAT(?f, " ", ?n) AS ?x) } ORDER BY ?x""", "x"));
        List<String> graphs = new java.util.ArrayList<>();
        r.dataset().listGraphNodes().forEachRemaining(n -> { if (n.getURI().contains("/back")) graphs.add(n.getURI()); });
        assertEquals(2, graphs.size(), graphs.toString());

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("ingest", in.toString(), missing.toString(), "--out", dir.resolve("g.nq").toString());
        } finally {
            System.setErr(old);
        }
        assertEquals(1, code, "some were skipped");
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("back/slash"), err.toString(StandardCharsets.UTF_8));
    }

    /** Header dates held to what inline dates are held to: warned with line and column, not used. */
    @ParameterizedTest
    @CsvSource({
            "ngày 01 tháng 01 năm 9999, 'header date 01/01/9999 is outside 1930–'",
            "ngày 01 tháng 01 năm 2099, 'header date 01/01/2099 is outside 1930–'",
            "ngày 01 tháng 01 năm 1800, 'header date 01/01/1800 is outside 1930–'",
            "ngày 01 tháng 01 năm 99999, 'header date 01/01/99999 is outside 1930–'",
            "ngày 31 tháng 02 năm 2021, 'impossible header date 31/02/2021; not used'",
            "ngày 10 tháng 8 năm 2018, ''",
    })
    void headerDates(String date, String warning) throws IOException {
        Files.writeString(dir.resolve("h.txt"), BadInputTest.GOOD.replace("ngày 10 tháng 8 năm 2018", date));
        IngestResult r = Lineage.ingest(List.of(dir.resolve("h.txt")));
        String said = problemFor(r, "h.txt");
        var g = new GraphQueries(r.dataset());
        if (warning.isEmpty()) {
            assertFalse(said.contains("header date"), said);
            assertTrue(g.ask("ASK { ?d vnd:notation \"59-KH/TU\" ; dcterms:issued \"2018-08-10\"^^xsd:date }"));
            return;
        }
        assertTrue(said.contains("h.txt:3:11: warning: " + warning), said);
        assertFalse(g.ask("ASK { ?d vnd:notation \"59-KH/TU\" ; dcterms:issued ?x }"), "the date is not used");
        assertFalse(g.ask("ASK { ?d vnd:notation \"59-KH/TU\" FILTER(CONTAINS(STR(?d), \"/9999/\") || CONTAINS(STR(?d), \"/2099/\") || CONTAINS(STR(?d), \"/1800/\")) }"));
    }
}
