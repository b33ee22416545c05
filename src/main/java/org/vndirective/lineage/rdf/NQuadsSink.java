package org.vndirective.lineage.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Streams graphs to an N-Quads file as they come: each part sorted and without repeats, parts in the order given,
 * so the same ingest gives the same bytes without holding the whole dataset.
 */
public final class NQuadsSink implements GraphSink, AutoCloseable {
    private final Path path;
    private final OutputStream out;
    private long quads;

    public NQuadsSink(Path path) {
        this.path = path;
        try {
            if (path.toAbsolutePath().getParent() != null) Files.createDirectories(path.toAbsolutePath().getParent());
            this.out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    @Override public void accept(Node name, List<Quad> part) {
        try {
            quads += writeSorted(part, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Quads written so far. */
    public long quads() { return quads; }

    @Override public void finish() { close(); }

    @Override public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the quads as N-Quads lines, sorted, each once; returns how many lines. Sorted term by term, each distinct
     * term formatted once, not as whole lines held at once: a dense file's 1.8 million lines took more than a 512 MB
     * heap. The order is the lines' order, as a whole term is never a prefix of another but where the line has a
     * space or a '.' next, which sorts first.
     */
    static long writeSorted(Collection<Quad> quads, OutputStream out) throws IOException {
        Map<Node, String> terms = new HashMap<>();
        Function<Quad, String> s = q -> terms.computeIfAbsent(q.getSubject(), NTerms::term);
        Function<Quad, String> p = q -> terms.computeIfAbsent(q.getPredicate(), NTerms::term);
        Function<Quad, String> o = q -> terms.computeIfAbsent(q.getObject(), NTerms::term);
        Function<Quad, String> g = q -> q.isDefaultGraph() ? "" : terms.computeIfAbsent(q.getGraph(), NTerms::term);
        Comparator<Quad> order = Comparator.comparing(s).thenComparing(p).thenComparing(o).thenComparing(g);
        Quad[] sorted = quads.toArray(Quad[]::new);
        Arrays.sort(sorted, order);
        long n = 0;
        Quad prev = null;
        StringBuilder line = new StringBuilder(256);
        for (Quad q : sorted) {
            if (prev != null && order.compare(prev, q) == 0) continue;
            line.setLength(0);
            line.append(s.apply(q)).append(' ').append(p.apply(q)).append(' ').append(o.apply(q));
            if (!q.isDefaultGraph()) line.append(' ').append(g.apply(q));
            out.write(line.append(" .\n").toString().getBytes(StandardCharsets.UTF_8));
            n++;
            prev = q;
        }
        return n;
    }
}
