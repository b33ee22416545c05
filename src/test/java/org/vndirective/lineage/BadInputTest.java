package org.vndirective.lineage;

import org.vndirective.lineage.report.IngestResult;
import org.vndirective.lineage.report.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndirective.lineage.cli.Main;
import org.vndirective.lineage.resolve.RegistryPlaces;
import org.vndirective.lineage.text.Decoder;

/** Bad files get one clear line naming the file and the problem; the rest of the batch goes on. */
class BadInputTest {
    @TempDir Path dir;
    static final String GOOD = "TỈNH ỦY LÂM ĐỒNG\nSố 59-KH/TU\nLâm Đồng, ngày 10 tháng 8 năm 2018\nKẾ HOẠCH\n"
            + "thực hiện Kết luận số 18-KL/TW, ngày 22/9/2017 của Ban Bí thư\n-----\nNội dung.\n";

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("a-good.txt"), GOOD);
        Files.write(dir.resolve("b-binary.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, 0, 0});
        Files.write(dir.resolve("c-empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("d-blank.txt"), "  \n\n \t\n");
        Files.write(dir.resolve("e-cp1258.txt"), cp1258("Thực hiện Nghị quyết số 22-NQ/TW, ngày 02/02/2008 của Ban Chấp hành Trung ương."));
        Files.write(dir.resolve("f-latin1-garbage.txt"), new byte[] {'S', 'o', ' ', (byte) 0xFF, (byte) 0xFE, ' ', '1', '2', '-', 'K', 'H', '/', 'T', 'U'});
        Files.writeString(dir.resolve("g-dates.txt"), "Thực hiện Kế hoạch số 12-KH/TU, ngày 31/02/2021 và Kế hoạch số 13-KH/TU, ngày 01/01/2099.\n"
                + "Căn cứ Kế hoạch số 59-KH/ của Tỉnh ủy.\n");
        Files.write(dir.resolve("h-huge.txt"), "x".repeat(5000).getBytes(StandardCharsets.UTF_8));
    }

    /** As Vietnamese Windows-1258 files are: the tone as a combining mark after a base letter the code page has. */
    static byte[] cp1258(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder(), tones = new StringBuilder();
            for (char x : d.toCharArray()) ("\u0300\u0301\u0303\u0309\u0323".indexOf(x) >= 0 ? tones : base).append(x);
            b.append(java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFC)).append(tones);
        }
        return b.toString().getBytes(Charset.forName("windows-1258"));
    }

    private IngestResult ingest() {
        return Lineage.ingest(List.of(dir), Lineage.Listener.NONE, new Decoder(4096), RegistryPlaces.standard());
    }

    private static String problemFor(IngestResult r, String file) {
        return r.problems().stream().filter(p -> p.file().equals(file)).map(Problem::toString).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void eachBadFileIsNamedWithItsProblemAndTheGoodOneIsKept() {
        IngestResult r = ingest();
        assertTrue(problemFor(r, "b-binary.txt").contains("binary file (NUL byte at offset 4)"), problemFor(r, "b-binary.txt"));
        assertTrue(problemFor(r, "c-empty.txt").contains("skipped: file is empty"));
        assertTrue(problemFor(r, "d-blank.txt").contains("only white space"));
        assertTrue(problemFor(r, "e-cp1258.txt").contains("decoded as Windows-1258"));
        assertTrue(problemFor(r, "f-latin1-garbage.txt").contains("not valid UTF-8 from line 1 column 4"), problemFor(r, "f-latin1-garbage.txt"));
        assertTrue(problemFor(r, "g-dates.txt").contains("g-dates.txt:1:"), "line and column given");
        assertTrue(problemFor(r, "g-dates.txt").contains("impossible date 31/2/2021"));
        assertTrue(problemFor(r, "g-dates.txt").contains("outside 1930"));
        assertTrue(problemFor(r, "g-dates.txt").contains("malformed notation \"59-KH/\""), problemFor(r, "g-dates.txt"));
        assertTrue(problemFor(r, "h-huge.txt").contains("over the 4 KB limit"), problemFor(r, "h-huge.txt"));
        assertEquals(4, r.summary().filesSkipped(), r.problems().toString());

        var g = new GraphQueries(r.dataset());
        assertTrue(g.ask("ASK { ?d vnd:notation \"59-KH/TU\" ; dcterms:source ?s . ?s vnd:fileName \"a-good.txt\" }"));
        // The Windows-1258 text was read, so its citation is in the graph.
        assertTrue(g.ask("ASK { ?s vnd:fileName \"e-cp1258.txt\" . ?d dcterms:source ?s ; vnd:cites ?n . ?n vnd:notation \"22-NQ/TW\" }"));
        // An impossible date is not used; the mention stays.
        assertFalse(g.ask("ASK { ?d vnd:notation \"12-KH/TU\" ; dcterms:issued ?x }"));
        assertTrue(g.ask("ASK { ?d vnd:notation \"12-KH/TU\" }"));
    }

    @Test
    void commandSaysSoInOneLineEachAndExitsOne() throws IOException {
        Path out = dir.resolve("out/g.nq");
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("ingest", dir.toString(), "--out", out.toString());
        } finally {
            System.setErr(oldErr);
        }
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, "some files were skipped");
        assertTrue(said.contains("b-binary.txt: skipped: binary file"), said);
        assertFalse(said.contains("Exception"), "no stack trace: " + said);
        assertFalse(said.contains("\tat "), "no stack trace: " + said);
        assertTrue(Files.size(out) > 0, "the rest of the batch was written");
    }

    @Test
    void missingPathIsAProblemNotACrash() {
        IngestResult r = Lineage.ingest(List.of(dir.resolve("a-good.txt"), dir.resolve("nope")));
        assertTrue(r.problems().stream().anyMatch(p -> p.toString().contains("no such file or folder")));
        assertEquals(1, r.files().stream().filter(IngestResult.FileReport::used).count());
    }
}
