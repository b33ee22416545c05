package org.vndirective.lineage.rdf;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Where an ingest's graphs go as they are made, like Jena's {@code StreamRDF} but a graph at a time: a source
 * file's graph comes whole, in one call; the documents graph comes in several parts, in key order. Implementations:
 * a file ({@link NQuadsSink}), memory ({@link #into}), the store's loader.
 */
public interface GraphSink {
    /** Quads of graph {@code name}; the same graph may come again with more. */
    void accept(Node name, List<Quad> quads);

    /** No more graphs. */
    default void finish() {}

    /** Collects into a dataset in memory. */
    static GraphSink into(org.apache.jena.sparql.core.DatasetGraph ds) {
        return (name, quads) -> quads.forEach(ds::add);
    }
}
