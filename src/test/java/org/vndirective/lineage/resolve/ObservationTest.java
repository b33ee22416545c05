package org.vndirective.lineage.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Observations cross the spill files of a streaming ingest as lines; nothing may be lost on the way. */
class ObservationTest {
    static final DocKey KEY = new DocKey("lam-dong", "TU", "KH", "59", "2018", null);

    @Test
    void aLineReadsBackAsTheSameObservation() {
        Observation o = new Observation(KEY.series(), 2018, "Plan", true, LocalDate.of(2018, 3, 1), List.of("X", "XI"),
                "lam-dong/ban-thuong-vu-tinh-uy", true, "59-KH/TU", "59-KH/TU", "Kế hoạch\tthực hiện\nChỉ thị \\ 10", null,
                "a/b.txt", false);
        var k = new Observation.Keyed(KEY, o, List.of(KEY.at("2017"), KEY.at("2019")));
        String line = k.line();
        assertFalse(line.contains("\n"));
        assertEquals(k, Observation.Keyed.parse(line));
    }

    @Test
    void nullsAndEmptyListsSurvive() {
        DocKey named = DocKey.named("named/dieu-le-dang");
        var k = new Observation.Keyed(named, new Observation(named, null, "Charter", true, null, List.of(), null, false, null,
                null, null, "Điều lệ Đảng", "x.txt", false), null);
        assertEquals(k, Observation.Keyed.parse(k.line()));
    }

    @Test
    void theYearIndexKeepsEachYearAndBodyOnce() {
        YearIndex idx = new YearIndex();
        idx.add(KEY.series(), 2018, "lam-dong/tinh-uy");
        idx.add(KEY.series(), 2018, "lam-dong/tinh-uy");
        idx.add(KEY.series(), 2023, null);
        idx.add(KEY.series(), null, "ignored");
        assertEquals(List.of(new YearIndex.Fact(2018, "lam-dong/tinh-uy"), new YearIndex.Fact(2023, null)), idx.facts(KEY.series()));
        assertEquals(List.of(), idx.facts(new DocKey("nghe-an", "TU", "KH", "59", null, null)));
    }

    @Test
    void theYearIndexKeepsEverySeriesApartAsItGrows() {
        YearIndex idx = new YearIndex();
        int series = 20_000; // several doublings of the table
        for (int n = 1; n <= series; n++) {
            DocKey k = new DocKey("scope-" + (n % 7), "TU", "KH", String.valueOf(n), null, null);
            idx.add(k, 2000 + n % 20, n % 3 == 0 ? null : "body-" + n % 5);
            if (n % 10 == 0) idx.add(k, 2001 + n % 20, "body-x");
        }
        assertEquals(series, idx.size());
        for (int n = 1; n <= series; n++) {
            DocKey k = new DocKey("scope-" + (n % 7), "TU", "KH", String.valueOf(n), null, null);
            var first = new YearIndex.Fact(2000 + n % 20, n % 3 == 0 ? null : "body-" + n % 5);
            assertEquals(n % 10 == 0 ? List.of(first, new YearIndex.Fact(2001 + n % 20, "body-x")) : List.of(first), idx.facts(k), "series " + n);
        }
        assertEquals(List.of(), idx.facts(new DocKey("scope-1", "TU", "KH", String.valueOf(series + 1), null, null)));
    }
}
