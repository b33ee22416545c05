package org.vndirective.lineage.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pass 1's memory: for each series (scope + issuer + type + number), the years it is known at and the body seen
 * with each. Kept small for a million documents: a 64-bit hash of the series, years and body numbers packed into
 * longs, body ids stored once. Thread-safe for adding; read after all files are added.
 */
public final class YearIndex {
    /** One year a series is known at, and the body that issued it there (null when not known). */
    public record Fact(int year, String bodyId) {}

    private final Map<Long, long[]> facts = new HashMap<>();
    private final Map<String, Integer> bodyNumbers = new HashMap<>();
    private final List<String> bodies = new ArrayList<>();

    public synchronized void add(DocKey series, Integer year, String bodyId) {
        if (year == null) return;
        int body = bodyId == null ? -1 : bodyNumbers.computeIfAbsent(bodyId, b -> { bodies.add(b); return bodies.size() - 1; });
        long packed = ((long) year << 32) | (body & 0xffffffffL);
        facts.merge(hash(series), new long[] {packed}, (old, one) -> {
            for (long v : old) if (v == packed) return old;
            long[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = packed;
            return grown;
        });
    }

    public synchronized List<Fact> facts(DocKey series) {
        long[] v = facts.get(hash(series));
        if (v == null) return List.of();
        List<Fact> out = new ArrayList<>(v.length);
        for (long p : v) {
            int body = (int) p;
            out.add(new Fact((int) (p >>> 32), body < 0 ? null : bodies.get(body)));
        }
        return out;
    }

    public synchronized int size() { return facts.size(); }

    /** FNV-1a over the series' fields: collisions are about 1 in 10^7 at a million series. */
    static long hash(DocKey k) {
        long h = 0xcbf29ce484222325L;
        h = mix(h, k.scope());
        h = mix(h, k.issuer());
        h = mix(h, k.typeCode());
        h = mix(h, String.valueOf(k.number()));
        return mix(h, k.slug());
    }

    private static long mix(long h, String s) {
        if (s != null) {
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
        }
        h ^= 0x1f;
        return h * 0x100000001b3L;
    }
}
