package org.vndirective.lineage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.vndirective.lineage.store.LineageStore;
import org.vndirective.lineage.store.QueryTarget;
import org.vndirective.lineage.store.SavedQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", description = "Run a saved query (a .rq file, or the name of one in queries/) against the store, or any SPARQL endpoint, and print a table.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "A .rq file, or a saved query's name (upstream-chain, …).")
    String query;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter of the query (see its header).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--data", defaultValue = "lineage-data", paramLabel = "DIR", description = "Store folder (default ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Ask this SPARQL query endpoint instead of the store folder: a running serve (http://localhost:3030/lineage/sparql) or another engine.")
    String endpoint;

    @Override public Integer call() throws Exception {
        Path file = Path.of(query);
        SavedQuery q = Files.exists(file) ? SavedQuery.read(file) : SavedQuery.packaged(query.replaceFirst("\\.rq$", ""));
        if (endpoint != null) {
            try {
                print(q, QueryTarget.endpoint(endpoint, 0));
            } catch (org.apache.jena.atlas.web.HttpException | org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
                System.err.println("lineage: " + endpoint + " did not answer the query: " + e.getMessage());
                return 1;
            }
            return 0;
        }
        if (!Files.isDirectory(data)) {
            System.err.println("lineage: no store at " + data + "; run `serve` (or give --data) first, or ask a running server with --endpoint");
            return 2;
        }
        try (LineageStore store = LineageStore.builder().location(data).build()) {
            print(q, store.queries());
        }
        return 0;
    }

    private void print(SavedQuery q, QueryTarget target) {
        System.out.println("# " + q.title());
        target.query(q.bind(params), qe -> {
            ResultSetFormatter.out(System.out, ResultSet.adapt(qe.select()));
            return null;
        });
    }
}
