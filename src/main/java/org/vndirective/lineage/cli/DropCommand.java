package org.vndirective.lineage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vndirective.lineage.store.LineageStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "drop", description = "Remove a source file from the store (its name as ingested) and load the rest again, so documents and lineage no longer count it.")
final class DropCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE_NAME")
    String fileName;

    @Option(names = "--data", defaultValue = "lineage-data", paramLabel = "DIR")
    Path data;

    @Override public Integer call() {
        try (LineageStore store = LineageStore.builder().location(data).build()) {
            if (store.drop(fileName)) {
                System.out.println("dropped " + fileName);
                return 0;
            }
            System.err.println("lineage: no graph for " + fileName + " in " + data + "; it holds " + store.sourceFiles());
            return 1;
        }
    }
}
