package org.vndirective.lineage.rdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.vndirective.lineage.vocab.VND;

/**
 * Passes an ingest's graphs on and, before {@link #finish()}, adds the lineage closure graph: for every document,
 * {@code vnd:lineageAncestor} to each document upstream of it by {@code vnd:implements}, {@code continues},
 * {@code reviews} or {@code guides}, and {@code vnd:lineage} to each it links to directly (so
 * {@code ?d vnd:lineage+ ?a} works without inference). Derived data comes out of the ingest like the rest, so any
 * SPARQL store that loads the quads answers the saved queries. Only the documents that take part in a link are
 * held (their IRIs once, links as ints: about 100 bytes a document); the closure goes out in parts of {@link #PART} quads.
 */
public final class LineageClosure implements GraphSink {
    public static final Node GRAPH = NodeFactory.createURI(VND.GRAPH_CLOSURE);
    public static final List<Node> RELATIONS = List.of(VND.implementsDoc, VND.continues, VND.reviews, VND.guides);
    static final int PART = 100_000;
    private static final Node DOCUMENTS = NodeFactory.createURI(VND.GRAPH_DOCUMENTS);

    private final GraphSink next;
    /** IRIs by id, without the common {@code id:} prefix; {@code slots} finds an IRI's id (open addressing, id + 1). */
    private String[] names = new String[1024];
    private int[] slots = new int[2048];
    private int count;
    private int[][] up = new int[1024][];
    private int[] upSize = new int[1024];
    private final BitSet documents = new BitSet();
    private long size;

    public LineageClosure(GraphSink next) { this.next = next; }

    @Override public void accept(Node name, List<Quad> quads) {
        boolean docs = name.equals(DOCUMENTS);
        for (Quad q : quads) {
            Node s = q.getSubject(), p = q.getPredicate(), o = q.getObject();
            if (docs && s.isURI() && p.equals(RDF.type.asNode()) && o.equals(VND.Document)) {
                int id = find(s.getURI(), false);
                if (id >= 0) documents.set(id);
            } else if (RELATIONS.contains(p) && s.isURI() && o.isURI() && !s.equals(o)) {
                link(id(s), id(o));
            }
        }
        next.accept(name, quads);
    }

    private int id(Node n) { return find(n.getURI(), true); }

    /** The IRI's id; a new one if {@code add}, else -1 when it has none. */
    private int find(String iri, boolean add) {
        String key = iri.startsWith(VND.ID) ? iri.substring(VND.ID.length()) : "\0" + iri;
        int mask = slots.length - 1;
        for (int i = key.hashCode() & mask; ; i = (i + 1) & mask) {
            int id = slots[i] - 1;
            if (id < 0) {
                if (!add) return -1;
                if (count == names.length) names = Arrays.copyOf(names, count * 2);
                names[count] = key;
                slots[i] = ++count;
                if (count * 2 > slots.length) rehash();
                return count - 1;
            }
            if (names[id].equals(key)) return id;
        }
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int id = 0; id < count; id++) {
            int i = names[id].hashCode() & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = id + 1;
        }
    }

    private Node node(int id) {
        String key = names[id];
        return NodeFactory.createURI(key.startsWith("\0") ? key.substring(1) : VND.ID + key);
    }

    private void link(int from, int to) {
        if (from >= up.length) {
            up = Arrays.copyOf(up, Math.max(from + 1, up.length * 2));
            upSize = Arrays.copyOf(upSize, up.length);
        }
        int[] a = up[from];
        for (int i = 0; i < upSize[from]; i++) if (a[i] == to) return;
        if (a == null) a = up[from] = new int[2];
        else if (upSize[from] == a.length) a = up[from] = Arrays.copyOf(a, a.length * 2);
        a[upSize[from]++] = to;
    }

    /** Closure links written (the {@code vnd:lineageAncestor} quads). */
    public long size() { return size; }

    @Override public void finish() {
        List<Quad> part = new ArrayList<>();
        BitSet seen = new BitSet(count);
        int[] stack = new int[16];
        for (int start = documents.nextSetBit(0); start >= 0; start = documents.nextSetBit(start + 1)) {
            if (start >= up.length || upSize[start] == 0) continue;
            Node s = node(start);
            for (int i = 0; i < upSize[start]; i++) part.add(Quad.create(GRAPH, s, VND.lineage, node(up[start][i])));
            seen.clear();
            int top = 0;
            stack[top++] = start;
            while (top > 0) {
                int n = stack[--top];
                if (n >= up.length) continue;
                for (int i = 0; i < upSize[n]; i++) {
                    int a = up[n][i];
                    if (a == start || seen.get(a)) continue;
                    seen.set(a);
                    part.add(Quad.create(GRAPH, s, VND.lineageAncestor, node(a)));
                    size++;
                    if (top == stack.length) stack = Arrays.copyOf(stack, top * 2);
                    stack[top++] = a;
                }
            }
            if (part.size() >= PART) {
                next.accept(GRAPH, List.copyOf(part));
                part.clear();
            }
        }
        if (!part.isEmpty() || size == 0) next.accept(GRAPH, List.copyOf(part));
        next.finish();
    }
}
