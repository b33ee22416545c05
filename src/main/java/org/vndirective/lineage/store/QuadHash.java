package org.vndirective.lineage.store;

import java.util.Collection;
import org.vndirective.lineage.rdf.NTerms;
import org.apache.jena.sparql.core.Quad;

/**
 * A graph's content hash for change detection: the sum, lane by lane, of two 64-bit hashes of each triple's
 * N-Triples form. A sum does not depend on order, so a graph that arrives in parts (the documents graph of a
 * streaming ingest) hashes as it streams. Not cryptographic: it tells "changed" from "same", nothing more.
 */
final class QuadHash {
    private long a, b;
    private long count;

    void addAll(Collection<Quad> quads) { for (Quad q : quads) add(q); }

    void add(Quad q) {
        String s = NTerms.term(q.getSubject()) + ' ' + NTerms.term(q.getPredicate()) + ' ' + NTerms.term(q.getObject());
        long h1 = 0xcbf29ce484222325L, h2 = 0x9e3779b97f4a7c15L;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h1 = (h1 ^ c) * 0x100000001b3L;
            h2 = (h2 + c) * 0xc6a4a7935bd1e995L;
            h2 ^= h2 >>> 29;
        }
        a += mix(h1);
        b += mix(h2);
        count++;
    }

    boolean isEmpty() { return count == 0; }

    String hex() { return "%016x%016x-%d".formatted(a, b, count); }

    static String of(Collection<Quad> quads) {
        QuadHash h = new QuadHash();
        h.addAll(quads);
        return h.hex();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
