package org.vndirective.lineage.resolve;

import java.util.ArrayList;
import java.util.Arrays;
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

    // Open addressing over the series hash: two longs a slot instead of a map entry, a boxed key and an array per
    // series (about 80 bytes a series; half a million series at a million documents).
    private long[] keys = new long[1 << 12]; // 0: an empty slot (a hash of 0 is stored as 1)
    private long[] values = new long[1 << 12]; // one fact packed, or -(i + 1) when more.get(i) holds several
    private final List<long[]> more = new ArrayList<>();
    private int size;
    private final Map<String, Integer> bodyNumbers = new HashMap<>();
    private final List<String> bodies = new ArrayList<>();

    public synchronized void add(DocKey series, Integer year, String bodyId) {
        if (year == null || year < 0) return;
        int body = bodyId == null ? -1 : bodyNumbers.computeIfAbsent(bodyId, b -> { bodies.add(b); return bodies.size() - 1; });
        long packed = ((long) year << 32) | (body & 0xffffffffL);
        long key = hash(series);
        int slot = slot(keys, key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            values[slot] = packed;
            if (++size * 4L > keys.length * 3L) grow();
            return;
        }
        long v = values[slot];
        if (v == packed) return;
        if (v >= 0) {
            more.add(new long[] {v, packed});
            values[slot] = -more.size();
            return;
        }
        long[] old = more.get((int) (-v - 1));
        for (long f : old) if (f == packed) return;
        long[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = packed;
        more.set((int) (-v - 1), grown);
    }

    public synchronized List<Fact> facts(DocKey series) {
        int slot = slot(keys, hash(series));
        if (keys[slot] == 0) return List.of();
        long v = values[slot];
        long[] all = v >= 0 ? new long[] {v} : more.get((int) (-v - 1));
        List<Fact> out = new ArrayList<>(all.length);
        for (long p : all) {
            int body = (int) p;
            out.add(new Fact((int) (p >>> 32), body < 0 ? null : bodies.get(body)));
        }
        return out;
    }

    public synchronized int size() { return size; }

    /** Where {@code key} is, or the empty slot where it would go. */
    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        long[] k = new long[keys.length * 2];
        long[] v = new long[keys.length * 2];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == 0) continue;
            int at = slot(k, keys[i]);
            k[at] = keys[i];
            v[at] = values[i];
        }
        keys = k;
        values = v;
    }

    /** FNV-1a over the series' fields: collisions are about 1 in 10^7 at a million series. */
    static long hash(DocKey k) {
        long h = 0xcbf29ce484222325L;
        h = mix(h, k.scope());
        h = mix(h, k.issuer());
        h = mix(h, k.typeCode());
        h = mix(h, String.valueOf(k.number()));
        long h2 = mix(h, k.slug());
        return h2 == 0 ? 1 : h2;
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
