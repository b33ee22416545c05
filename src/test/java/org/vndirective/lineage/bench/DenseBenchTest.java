package org.vndirective.lineage.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndirective.lineage.Lineage;

/**
 * The dense files are what they say (that size, one citation a line) and each stage is timed; the child-JVM run is
 * the scale bench's ({@link BenchSmokeTest}). No time is asserted.
 */
class DenseBenchTest {
    @TempDir Path work;

    @Test
    void filesOfTheSizeAskedEachLineACitation() throws Exception {
        for (DenseBench.Kind kind : DenseBench.Kind.values()) {
            Path f = DenseBench.write(work, kind, 20_000);
            long size = Files.size(f);
            assertTrue(size >= 20_000 && size < 20_200, kind + ": " + size);
            var r = Lineage.ingest(List.of(f));
            long lines = Files.readAllLines(f).size() - DenseBench.HEADER.split("\n").length;
            assertTrue(r.summary().mentions() >= lines, kind + ": " + r.summary());
            double[] stages = DenseBench.stages(f);
            assertEquals(DenseBench.STAGES.size(), stages.length);
            for (double s : stages) assertTrue(s >= 0);
        }
    }

    @Test
    void tableHasARowPerFileAndSaysWhatWasNotDone() {
        ChildIngest start = new ChildIngest(1.0, 1.5, 40, 200, 0, "");
        List<DenseBench.Row> rows = List.of(
                new DenseBench.Row(DenseBench.Kind.CITATIONS, 2_000_000, 40_000, 40_000, new ChildIngest(5.0, 7.5, 90, 400, 0, ""), start,
                        new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8}),
                new DenseBench.Row(DenseBench.Kind.CITATIONS, 10_000_000, 200_000, 2, new ChildIngest(50.0, 60.0, 300, 700, 0, ""), start, null),
                new DenseBench.Row(DenseBench.Kind.CAN_CU, 10_000_000, -1, -1, new ChildIngest(900, -1, -1, -1, -1, ""), start, null),
                new DenseBench.Row(DenseBench.Kind.CAN_CU, 20_000_000, -1, -1, new ChildIngest(90, 80, 500, 900, 1,
                        "big.txt: error: internal: java.lang.OutOfMemoryError: Java heap space (a bug: …)\n"), start, null),
                new DenseBench.Row(DenseBench.Kind.CAN_CU, 30_000_000, -1, -1, new ChildIngest(90, 80, 500, 900, 1,
                        "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n\tat a.B.c(B.java:1)\n"), start, null));
        String table = DenseBench.markdown(rows);
        assertTrue(table.contains("| dense citations | 2.0 | 40,000 | 40,000 | 5.0 / 7.5 s | 2.00 / 3.00 s | 90 MB | 400 MB | 0.10 / 0.20 / 0.30 / 0.40 / 0.50 / 0.60 / 0.70 / 0.80 |"), table);
        assertTrue(table.contains("| dense citations | 10.0 | 200,000 | 2 | 50.0 / 60.0 s | 4.90 / 5.85 s | 300 MB | 700 MB | not timed above 2 MB |"), table);
        assertTrue(table.contains("| \"Căn cứ\" lines | 10.0 | | | not done in 900 s |"), table);
        assertTrue(table.contains("| \"Căn cứ\" lines | 20.0 | | | failed (exit 1): big.txt: error: internal: java.lang.OutOfMemoryError: Java heap space"), table);
        assertTrue(table.contains("| \"Căn cứ\" lines | 30.0 | | | failed (exit 1): Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space |"), table);
    }
}
