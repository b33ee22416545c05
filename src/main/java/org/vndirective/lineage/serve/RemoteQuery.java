package org.vndirective.lineage.serve;

import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.vndirective.lineage.store.TextSearch;

/**
 * Fuseki's SPARQL query operation, run by another engine: the request is checked and parsed here as for the local
 * store (the guard in front, the protocol, content negotiation of the results), then the query goes to the remote
 * query endpoint and its results stream back through Fuseki's writers. The dataset Fuseki holds for it is empty and
 * never read. Searches written for jena-text are rewritten for the engine's full-text index ({@link TextSearch}).
 */
final class RemoteQuery extends SPARQL_QueryDataset {
    private final String endpoint;
    private final TextSearch search;

    RemoteQuery(String endpoint, TextSearch search) {
        this.endpoint = endpoint;
        this.search = search;
    }

    /** The explorer searches with jena-text's {@code text:query}: that becomes the engine's own full-text search. */
    @Override protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString == null ? null : search.rewrite(queryString), action);
        } catch (QueryExceptionHTTP e) {
            // Our time limit ran out while the engine worked: the same 503 as a local query over time, not 502.
            if (timedOut(e)) throw new QueryCancelledException();
            throw e;
        }
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof HttpTimeoutException) return true;
        return false;
    }

    @Override protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph unused) {
        // A form, not an application/sparql-query body: Virtuoso 7.2 never answers the latter (Jena sends it above 2 KB).
        var b = QueryExecHTTP.service(endpoint).sendMode(QuerySendMode.asGetWithLimitForm).query(query);
        String timeout = action.getContext().getAsString(ARQ.queryTimeout);
        if (timeout != null) {
            // The overall limit bounds the whole HTTP exchange with the engine.
            String[] ms = timeout.split(",");
            b.timeout(Long.parseLong(ms[ms.length - 1].strip()), TimeUnit.MILLISECONDS);
        }
        return b.build();
    }

    @Override protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        // FROM and FROM NAMED are the engine's to read, not ours.
        return Pair.create(getDataset(action), query);
    }
}
