package org.vndirective.lineage.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Extract a lineage graph from text files and write it to a file.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (default: the bundled sample corpus).")
    List<Path> paths = List.of();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output: .nq, .trig, .ttl or .jsonld.")
    Path out;

    @Override public Integer call() {
        throw new UnsupportedOperationException("ingest: not yet");
    }
}
