package org.vndirective.lineage.resolve;

import java.util.Map;

/** The years each Party term (khóa) spans, congress to congress; a year on a boundary belongs to both. */
final class Terms {
    private static final Map<String, int[]> YEARS = Map.of(
            "VII", new int[] {1991, 1996}, "VIII", new int[] {1996, 2001}, "IX", new int[] {2001, 2006},
            "X", new int[] {2006, 2011}, "XI", new int[] {2011, 2016}, "XII", new int[] {2016, 2021},
            "XIII", new int[] {2021, 2026}, "XIV", new int[] {2026, 2031});

    private Terms() {}

    static boolean contains(String term, int year) {
        int[] r = YEARS.get(term);
        return r != null && year >= r[0] && year <= r[1];
    }
}
