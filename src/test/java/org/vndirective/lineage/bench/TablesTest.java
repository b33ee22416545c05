package org.vndirective.lineage.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tables carry each figure with the ratio to its baseline, computed from the row. */
class TablesTest {
    // docs MB floor ext1 extAll ingest heap rss quads ours closure jena | 15 query columns | quality | 5 ancestors columns
    private static final String QUERIED = String.join("\t", "1000000", "500.0", "80.0", "4.0", "7.5", "400.0", "450", "680",
            "50000000", "500.0", "50.0", "450.0",
            "0.500", "4.000", "0.100", "0.200", "0.600", "1.000", "0.050", "0.090", "3.000", "8.000", "2.000", "3.500",
            "400.0", "700.0", "750.0",
            "mentions P=1.000 R=0.990 F1=0.995 | links P=1.000 R=0.980 F1=0.990 | metadata 99/100=0.990 (indexed scorer)",
            "0.250", "2.000", "2.500", "4.000", "1200.0");
    private static final String UNQUERIED = String.join("\t", "10000", "5.0", "50.0", "2.5", "5.0", "20.0", "200", "400",
            "500000", "10.0", "1.0", "5.0", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
            "not scored (no ../shared/eval/score.py)", "", "", "", "", "");

    @Test
    void ratiosAreComputedFromTheFigures() {
        String md = Tables.markdown(List.of(ScaleBench.Row.parse(QUERIED)));
        assertTrue(md.contains("| 1,000,000 | 500.0 | 80.0 MB/s | 4.0 MB/s (8,000 docs/s) | 5% | 7.5 MB/s | 400.0 s | 450 MB | 680 MB |"), md);
        assertTrue(md.contains("| 0.990 (P 1.000, R 0.980; mentions 0.995, metadata 0.990), indexed scorer |"), md);
        assertTrue(md.contains("| 500.0 s (100,000 quads/s) | 450.0 s (111,111 quads/s) | 0.90 | 50.0 s |"), md);
        assertTrue(md.contains("| 0.20× / 0.40× |"), "path p50 over saved p50, chain then ancestors:\n" + md);
        assertTrue(md.contains("| 400 / 700 / 750 | 1,200 | 0.50 / 0.80 |"), md);
        assertEquals(4, md.split("\n\n").length, "four tables:\n" + md);
    }

    @Test
    void rowsWithoutQueriesGetTheFirstTwoTablesAndUnscoredQualityAsItIs() {
        String md = Tables.markdown(List.of(ScaleBench.Row.parse(UNQUERIED)));
        assertTrue(md.contains("| not scored (no ../shared/eval/score.py) |"), md);
        assertTrue(md.contains("| 10.0 s (50,000 quads/s) | 5.0 s (100,000 quads/s) | 0.50 |"), md);
        assertEquals(2, md.split("\n\n").length, md);
        assertFalse(md.contains("speed-up"), md);
    }
}
