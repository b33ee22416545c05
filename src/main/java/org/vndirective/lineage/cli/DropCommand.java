package org.vndirective.lineage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vndirective.lineage.store.LineageStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "drop", footer = "Exit status: 0 when dropped, 1 when the store holds no such file, 2 on a usage error (no store at --data).", description = "Remove a source file from the store (its name as ingested) and load the rest again, so documents and lineage no longer count it.")
final class DropCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE_NAME", description = "The file's name as the store holds it: relative to the folder it was ingested from (`a/b.txt`), as `serve` printed it.")
    String fileName;

    @Option(names = "--data", defaultValue = "lineage-data", paramLabel = "DIR", description = "Store folder (default ./${DEFAULT-VALUE}).")
    Path data;

    @Override public Integer call() {
        if (!LineageStore.exists(data)) {
            System.err.println("lineage: no store at " + data + " (give the --data folder `serve` loaded)");
            return 2;
        }
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
