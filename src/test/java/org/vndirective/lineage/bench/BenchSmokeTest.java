package org.vndirective.lineage.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run of the scale bench: it runs end to end and reports every figure; no time is asserted. */
class BenchSmokeTest {
    @TempDir Path work;

    @Test
    void smallRunReportsEveryFigure() throws Exception {
        // --score-up-to 0: this size goes to the indexed scorer, the one the large sizes use
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<ScaleBench.Row> rows = new ScaleBench(new PrintStream(out, true, StandardCharsets.UTF_8))
                .run(new ScaleBench.Options(List.of(120), 3, work, 0, 0.5, true, false));
        assertEquals(1, rows.size());
        ScaleBench.Row r = rows.get(0);
        String said = out.toString(StandardCharsets.UTF_8);
        assertEquals(120, r.docs, said);
        assertTrue(r.floorMBs > 0 && r.extractOneMBs > 0 && r.extractAllMBs > 0 && r.ingestSeconds > 0 && r.peakHeapMB > 0, said);
        assertTrue(r.quads > 1000 && r.oursLoadSeconds > 0 && r.jenaLoadSeconds > 0, said);
        assertTrue(r.q.chain().runs() > 0 && r.q.chainPath().runs() > 0 && r.q.qps()[2] > 0, said);
        assertTrue(r.q.ancestors().runs() > 0 && r.q.ancestorsHttp().runs() > 0 && r.q.ancestorsQps32() > 0, said);
        assertTrue(said.contains("120 docs") && said.contains("floor") && said.contains("quality") && said.contains("throughput"), said);
        assertTrue(r.quality.startsWith("mentions P=1.000 R=1.000") && r.quality.contains("links P=1.000 R=1.000")
                && r.quality.endsWith("(indexed scorer)"), r.quality);
        assertTrue(java.nio.file.Files.size(work.resolve("scale-loglog.png")) > 1000, "the plot is drawn");
        assertTrue(java.nio.file.Files.readString(work.resolve("results.md")).contains("\n| 120 | "), "the tables are written");
        assertEquals(2, java.nio.file.Files.readAllLines(work.resolve("results.tsv")).size(), "header and one row");
        ScaleBench.Row back = ScaleBench.Row.parse(java.nio.file.Files.readAllLines(work.resolve("results.tsv")).get(1));
        assertEquals(r.tsv(), back.tsv(), "a row reads back from results.tsv");
        assertEquals(r.quads, back.quads);
    }
}
