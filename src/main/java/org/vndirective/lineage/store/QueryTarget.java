package org.vndirective.lineage.store;

import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.system.Txn;

/**
 * Where a query runs: a dataset in this process (inside a read transaction) or a SPARQL endpoint anywhere (the
 * engine behind {@code serve --store sparql:}, or a running {@code serve}). {@code use} reads the results before
 * {@link #query} returns: a transaction or an HTTP response does not outlive it.
 */
public interface QueryTarget {
    <T> T query(Query query, Function<QueryExec, T> use);

    /** Where it runs, for messages. */
    String describe();

    static QueryTarget of(Dataset dataset) {
        return new QueryTarget() {
            @Override public <T> T query(Query query, Function<QueryExec, T> use) {
                return Txn.calculateRead(dataset, () -> {
                    try (QueryExec qe = QueryExec.dataset(dataset.asDatasetGraph()).query(query).build()) {
                        return use.apply(qe);
                    }
                });
            }

            @Override public String describe() { return "the dataset in this process"; }
        };
    }

    /**
     * A SPARQL query endpoint; credentials for it, if any, are registered with Jena's {@code AuthEnv} (see
     * {@link RemoteStore.Endpoints#register()}). {@code timeoutMs} bounds each request (0: none).
     */
    static QueryTarget endpoint(String url, long timeoutMs) {
        return new QueryTarget() {
            @Override public <T> T query(Query query, Function<QueryExec, T> use) {
                // A form, not an application/sparql-query body: Virtuoso 7.2 never answers the latter (Jena sends it above 2 KB).
                var b = QueryExecHTTP.service(url).sendMode(QuerySendMode.asGetWithLimitForm).query(query);
                if (timeoutMs > 0) b.timeout(timeoutMs, java.util.concurrent.TimeUnit.MILLISECONDS);
                try (QueryExec qe = b.build()) {
                    return use.apply(qe);
                }
            }

            @Override public String describe() { return url; }
        };
    }
}
