package org.vndirective.lineage.store;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.vndirective.lineage.Ingest;

/**
 * Where the lineage graph is kept: TDB2 in this process ({@link LineageStore}) or any engine reached by the SPARQL
 * protocols ({@link RemoteStore}). Both load an ingest through a {@link org.vndirective.lineage.rdf.GraphSink},
 * a graph at a time, each replacing what the store held under its name, and answer queries through a
 * {@link QueryTarget}; search goes through {@link TextSearch}.
 */
public interface GraphStore extends AutoCloseable {
    /** Ingests the texts and loads their graphs; {@code options} sets the ingest's listeners. */
    LineageStore.Update add(List<Path> inputs, UnaryOperator<Ingest.Builder> options);

    /** Where the saved queries, the explorer and {@code /doc} run. */
    QueryTarget queries();

    /** How a search for words is written for this store's full-text index. */
    TextSearch search();

    @Override void close();
}
