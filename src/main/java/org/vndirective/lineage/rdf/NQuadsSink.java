package org.vndirective.lineage.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Writes the quads as N-Quads lines, sorted, each once; returns how many lines. */
    static long writeSorted(java.util.Collection<Quad> quads, OutputStream out) throws IOException {
        List<String> lines = new ArrayList<>(quads.size());
        for (Quad q : quads) lines.add(NTerms.line(q));
        lines.sort(null);
        long n = 0;
        String prev = null;
        for (String l : lines) {
            if (l.equals(prev)) continue;
            out.write(l.getBytes(StandardCharsets.UTF_8));
            n++;
            prev = l;
        }
        return n;
    }
}
