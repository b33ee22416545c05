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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<ScaleBench.Row> rows = new ScaleBench(new PrintStream(out, true, StandardCharsets.UTF_8)).run(List.of(120), 3, work);
        assertEquals(1, rows.size());
        ScaleBench.Row r = rows.get(0);
        assertEquals(120, r.docs());
        assertTrue(r.floorMBs() > 0 && r.extractMBsOneCore() > 0 && r.extractMBsAllCores() > 0 && r.ingestSeconds() > 0 && r.peakHeapMB() > 0, r.toString());
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("120 docs") && said.contains("floor") && said.contains("quality"), said);
    }
}
