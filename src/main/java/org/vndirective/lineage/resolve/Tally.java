package org.vndirective.lineage.resolve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * All that was said of one document, each distinct observation kept once with how often it was made, the file
 * aside. A central directive is cited by a large share of a national corpus: a hundred thousand citations are a
 * few hundred distinct observations, so the merge holds those, not every citation. Insertion order is kept, so a
 * vote between equal counts goes to what was seen first, as it would over the full list.
 */
public final class Tally {
    private final Map<Observation, int[]> counts = new LinkedHashMap<>();
    private String firstFile;

    public void add(Observation o) {
        if (counts.isEmpty()) firstFile = o.file();
        Observation key = o.file() == null ? o : o.withFile(null);
        counts.computeIfAbsent(key, k -> new int[1])[0]++;
    }

    public static Tally of(Iterable<Observation> observations) {
        Tally t = new Tally();
        observations.forEach(t::add);
        return t;
    }

    /** The distinct observations (without their files), first seen first. */
    public Set<Observation> distinct() { return counts.keySet(); }

    /** How many observations there were in all. */
    public int size() { return counts.values().stream().mapToInt(c -> c[0]).sum(); }

    /** The file of the first observation (null for reference data), to name in a warning. */
    public String firstFile() { return firstFile; }

    /** How often each non-null value of {@code f} was observed, first seen first. */
    public <T> Map<T, Integer> count(Function<Observation, T> f) {
        Map<T, Integer> out = new LinkedHashMap<>();
        counts.forEach((o, n) -> {
            T v = f.apply(o);
            if (v != null) out.merge(v, n[0], Integer::sum);
        });
        return out;
    }

    /** The value of {@code f} observed most often (the first seen among equals), or null when there is none. */
    public <T> T vote(Function<Observation, T> f) {
        T best = null;
        int most = 0;
        for (Map.Entry<T, Integer> e : count(f).entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
