package org.vndirective.lineage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.vndirective.lineage.store.LineageStore;
import org.vndirective.lineage.store.SavedQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", description = "Run a saved query (a .rq file, or the name of one in queries/) against the store and print a table.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "A .rq file, or a saved query's name (upstream-chain, …).")
    String query;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter of the query (see its header).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--data", defaultValue = "lineage-data", paramLabel = "DIR", description = "Store folder (default ./${DEFAULT-VALUE}).")
    Path data;

    @Override public Integer call() throws Exception {
        Path file = Path.of(query);
        SavedQuery q = Files.exists(file) ? SavedQuery.read(file) : SavedQuery.packaged(query.replaceFirst("\\.rq$", ""));
        if (!Files.isDirectory(data)) {
            System.err.println("lineage: no store at " + data + "; run `serve` (or give --data) first");
            return 2;
        }
        try (LineageStore store = LineageStore.builder().location(data).build()) {
            System.out.println("# " + q.title());
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q.bind(params)).build()) {
                    ResultSetFormatter.out(System.out, qe.execSelect());
                }
            });
        }
        return 0;
    }
}
