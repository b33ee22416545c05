package org.vndirective.lineage;

import java.nio.file.Path;
import java.util.List;

/**
 * The facade: text files in, a lineage dataset out. Everything else (store, server, benchmarks, CLI) goes through
 * here, the way RDF4J's {@code Rio} fronts its parsers.
 */
public final class Lineage {
    private Lineage() {}

    /**
     * Reads every file under the given paths (folders are walked, sorted by name), extracts documents, mentions
     * and links, resolves them across files and returns the dataset. Bad files are reported and skipped; the rest
     * goes on. Deterministic: the same inputs give the same quads.
     */
    public static IngestResult ingest(List<Path> inputs) {
        throw new UnsupportedOperationException("not yet");
    }
}
