package org.vndirective.lineage.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A document's observations, counted instead of listed: the same votes, far fewer objects. */
class TallyTest {
    static final DocKey CT10 = new DocKey(null, "TW", "CT", "10", "2007", null);

    static Observation cited(String bodyId, LocalDate date, String file) {
        return new Observation(CT10.series(), 2007, "Directive", true, date, List.of(), bodyId, false, "10-CT/TW", "10-CT/TW",
                null, null, file, false);
    }

    @Test
    void citationsThatSayTheSameAreKeptOnceWithTheirCount() {
        List<Observation> all = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) all.add(cited("tw/ban-bi-thu", LocalDate.of(2007, 3, 30), "f" + i + ".txt"));
        for (int i = 0; i < 3; i++) all.add(cited("tw", null, "g" + i + ".txt"));
        Tally t = Tally.of(all);
        assertEquals(2, t.distinct().size());
        assertEquals(10_003, t.size());
        assertEquals("f0.txt", t.firstFile());
        assertEquals(Map.of("tw/ban-bi-thu", 10_000, "tw", 3), t.count(Observation::bodyId));
        assertEquals(LocalDate.of(2007, 3, 30), t.vote(Observation::date));
    }

    @Test
    void theMostObservedValueWinsAndEqualsGoToTheFirstSeen() {
        LocalDate a = LocalDate.of(2007, 3, 30), b = LocalDate.of(2007, 3, 31);
        Tally tie = Tally.of(List.of(cited("x", b, "1.txt"), cited("x", a, "2.txt"), cited("y", a, "3.txt"), cited("y", b, "4.txt")));
        assertEquals(b, tie.vote(Observation::date), "2 against 2: the first seen");
        assertEquals(List.of("x", "y"), List.copyOf(tie.count(Observation::bodyId).keySet()));
        Tally more = Tally.of(List.of(cited("x", b, "1.txt"), cited("x", a, "2.txt"), cited("y", a, "3.txt")));
        assertEquals(a, more.vote(Observation::date));
        assertNull(more.vote(Observation::title), "no value observed, no winner");
    }
}
