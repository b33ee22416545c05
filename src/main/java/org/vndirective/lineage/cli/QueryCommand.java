package org.vndirective.lineage.cli;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.RowSet;
import org.vndirective.lineage.store.LineageStore;
import org.vndirective.lineage.store.QueryTarget;
import org.vndirective.lineage.store.SavedQuery;
import org.vndirective.lineage.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", description = "Run a saved query (a .rq file, or the name of one in queries/) against the store, or any SPARQL endpoint, and print its rows.",
        footer = "Exit status: 0 when the query ran, 1 when the store or endpoint could not answer, 2 on a usage error.")
final class QueryCommand implements Callable<Integer> {
    /** Where a running serve answers by default, for the advice when it holds the store. */
    static final String LOCAL_ENDPOINT = "http://localhost:3030/lineage/sparql";

    enum Format { table, csv, tsv, json }

    @Parameters(index = "0", paramLabel = "QUERY", description = "A .rq file (its '# title:' and '# param:' header lines optional), or a saved query's name (upstream-chain, …).")
    String query;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter of the query (see its header). Notations are matched ignoring case, as in the explorer (59-kh/tu is 59-KH/TU).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--data", defaultValue = "lineage-data", paramLabel = "DIR", description = "Store folder (default ./${DEFAULT-VALUE}); no server may hold it.")
    Path data;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Ask this SPARQL query endpoint instead of the store folder: a running serve (" + LOCAL_ENDPOINT + ") or another engine.")
    String endpoint;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table (default), csv, tsv or json (SPARQL results formats).")
    Format format;

    @Override public Integer call() throws Exception {
        Path file = Path.of(query);
        if (!Files.isRegularFile(file) && (query.contains("/") || query.contains(java.io.File.separator))) {
            throw new Main.UsageError("no such query file: " + query + " (or give a saved query's name: " + String.join(", ", SavedQuery.NAMES) + ")");
        }
        SavedQuery q = Files.isRegularFile(file) ? SavedQuery.read(file) : SavedQuery.packaged(query.replaceFirst("\\.rq$", ""));
        if (endpoint != null) {
            try {
                print(q, QueryTarget.endpoint(endpoint, 0));
            } catch (RuntimeException e) {
                System.err.println("lineage: " + endpoint + " did not answer the query: " + reason(e));
                return 1;
            }
            return 0;
        }
        if (!LineageStore.exists(data)) {
            System.err.println("lineage: no store at " + data + "; run `serve` (or give --data) first, or ask a running server with --endpoint URL");
            return 2;
        }
        LineageStore store;
        try {
            store = LineageStore.builder().location(data).build();
        } catch (StoreException e) {
            if (String.valueOf(e.getMessage()).contains("in use by another process")) {
                System.err.println("lineage: the store " + data + " is held by another process (a running serve?); ask the server instead: --endpoint "
                        + LOCAL_ENDPOINT);
                return 1;
            }
            throw e;
        }
        try (store) {
            print(q, store.queries());
        }
        return 0;
    }

    private void print(SavedQuery q, QueryTarget target) {
        Map<String, String> values = new LinkedHashMap<>(params);
        values.replaceAll((k, v) -> k.toLowerCase(Locale.ROOT).endsWith("notation") ? notation(target, v) : v);
        if (format == Format.table) System.out.println("# " + q.title());
        target.query(q.bind(values), qe -> {
            ResultSet rs = ResultSet.adapt(qe.select());
            switch (format) {
                case table -> ResultSetFormatter.out(System.out, rs);
                case csv -> ResultSetFormatter.outputAsCSV(System.out, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(System.out, rs);
                case json -> ResultSetFormatter.outputAsJSON(System.out, rs);
            }
            return null;
        });
        System.out.flush();
    }

    /** A notation as the store spells it: the given one if it is there, else the one that equals it ignoring case. */
    static String notation(QueryTarget target, String given) {
        ParameterizedSparqlString exact = new ParameterizedSparqlString("PREFIX vnd: <https://w3id.org/vn-directive/ontology#> ASK { ?d vnd:notation ?n }");
        exact.setLiteral("n", given);
        if (target.query(exact.asQuery(), qe -> qe.ask())) return given;
        ParameterizedSparqlString folded = new ParameterizedSparqlString("PREFIX vnd: <https://w3id.org/vn-directive/ontology#>"
                + " SELECT DISTINCT ?n WHERE { ?d vnd:notation ?n FILTER(LCASE(STR(?n)) = ?f) } ORDER BY ?n LIMIT 2");
        folded.setLiteral("f", given.toLowerCase(Locale.ROOT));
        List<String> found = target.query(folded.asQuery(), qe -> {
            RowSet rows = qe.select();
            List<String> out = new java.util.ArrayList<>();
            rows.forEachRemaining(b -> out.add(b.get("n").getLiteralLexicalForm()));
            return out;
        });
        return found.size() == 1 ? found.get(0) : given;
    }

    /** Why an endpoint did not answer, in a few words: "connection refused", not the request's 2 KB of encoded query. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) return "connection refused (is the server running, and is this its URL?)";
            if (t instanceof UnknownHostException) return "unknown host " + t.getMessage();
            if (t instanceof HttpConnectTimeoutException) return "connection timed out";
        }
        if (e instanceof org.apache.jena.atlas.web.HttpException h && h.getStatusCode() > 0) {
            String body = h.getResponse() == null ? "" : h.getResponse().strip();
            return "HTTP " + h.getStatusCode() + (h.getStatusLine() == null ? "" : " " + h.getStatusLine())
                    + (body.isEmpty() ? "" : ": " + firstLine(body));
        }
        return firstLine(String.valueOf(e.getMessage()));
    }

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
