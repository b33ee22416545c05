package org.vndirective.lineage.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.vndirective.lineage.Ingest;
import org.vndirective.lineage.rdf.GraphSink;
import org.vndirective.lineage.vocab.VND;

/**
 * The lineage graph in another SPARQL engine (Virtuoso, GraphDB, Fuseki, …), reached by the standard protocols
 * through Jena's {@link RDFConnectionRemote}: each graph of an ingest is sent with a Graph Store Protocol PUT, which
 * replaces it, so loading the same texts again leaves the store as it was; a graph in several parts (the documents,
 * the closure) is PUT once, then POSTed to. Source graphs of files that this load did not give are deleted, so a
 * load is of the whole corpus. Queries go to the query endpoint.
 */
public final class RemoteStore implements GraphStore {
    private final Endpoints endpoints;
    private final TextSearch search;
    private final long timeoutMs;

    public RemoteStore(Endpoints endpoints, TextSearch search, long timeoutMs) {
        this.endpoints = endpoints;
        this.search = search;
        this.timeoutMs = timeoutMs;
        endpoints.register();
    }

    /**
     * The engine's endpoints and credentials. {@code user} null: none. Virtuoso: query and update at
     * {@code /sparql}, GSP at {@code /sparql-graph-crud} ({@code -auth} with a user, digest); Fuseki:
     * {@code /ds/sparql} (or {@code /ds/query}), {@code /ds/update}, {@code /ds/data}.
     */
    public record Endpoints(String query, String update, String gsp, String user, String password) {
        public Endpoints {
            for (String u : new String[] {query, update, gsp}) {
                URI uri = URI.create(u);
                if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                    throw new IllegalArgumentException("not an http(s) endpoint URL: " + u);
                }
            }
            if (user != null && password == null) throw new IllegalArgumentException("a user for " + query + " needs a password");
        }

        /** The other endpoints guessed from the query endpoint (each may be given instead: null takes the guess). */
        public static Endpoints of(String query, String update, String gsp, String user, String password) {
            URI uri = URI.create(query);
            String path = uri.getPath() == null ? "" : uri.getPath();
            String base = query.substring(0, query.length() - path.length() - (uri.getRawQuery() == null ? 0 : uri.getRawQuery().length() + 1));
            String guessedUpdate, guessedGsp;
            if (path.equals("/sparql") || path.equals("/sparql/")) {
                // Virtuoso: updates through /sparql; the graph store at /sparql-graph-crud, -auth when logging in.
                guessedUpdate = query;
                guessedGsp = base + "/sparql-graph-crud" + (user != null ? "-auth" : "");
            } else if (path.matches(".*/(sparql|query)/?")) {
                // Fuseki and the like: /ds/sparql → /ds/update, /ds/data.
                String ds = base + path.replaceFirst("/(sparql|query)/?$", "");
                guessedUpdate = ds + "/update";
                guessedGsp = ds + "/data";
            } else {
                guessedUpdate = query;
                guessedGsp = query;
            }
            return new Endpoints(query, update != null ? update : guessedUpdate, gsp != null ? gsp : guessedGsp, user, password);
        }

        /** Gives Jena's HTTP client the credentials for these endpoints: it answers basic and digest challenges. */
        void register() {
            if (user == null) return;
            for (String u : Set.of(query, update, gsp)) AuthEnv.get().registerUsernamePassword(URI.create(u), user, password);
        }

        RDFConnection connect() {
            return RDFConnectionRemote.newBuilder().queryEndpoint(query).updateEndpoint(update).gspEndpoint(gsp)
                    .querySendMode(org.apache.jena.sparql.exec.http.QuerySendMode.asGetWithLimitForm)
                    // Every engine reads Turtle; Jena's blocks writer streams it.
                    .triplesFormat(RDFFormat.TURTLE_BLOCKS).build();
        }
    }

    public Endpoints endpoints() { return endpoints; }

    @Override public LineageStore.Update add(List<Path> inputs, UnaryOperator<Ingest.Builder> options) {
        try (RDFConnection conn = endpoints.connect()) {
            Loader loader = new Loader(conn);
            Ingest.Outcome outcome = options.apply(Ingest.create().inputs(inputs)).build().run(loader);
            return new LineageStore.Update(outcome, loader.report);
        }
    }

    /** The source files whose graphs the engine holds (by their escaped names). */
    public List<String> sourceFiles() {
        try (RDFConnection conn = endpoints.connect()) {
            return sourceGraphs(conn).stream().map(g -> g.substring(VND.GRAPH_SOURCE.length())).sorted().toList();
        }
    }

    private final class Loader implements GraphSink {
        private final RDFConnection conn;
        private final Set<Node> sent = new HashSet<>();
        private long quads;
        private int closure;
        private LineageStore.LoadReport report;

        Loader(RDFConnection conn) { this.conn = conn; }

        @Override public void accept(Node name, List<Quad> part) {
            Graph g = GraphFactory.createDefaultGraph();
            for (Quad q : part) g.add(q.asTriple());
            quads += g.size();
            if (name.getURI().equals(VND.GRAPH_CLOSURE)) closure += (int) part.stream().filter(q -> q.getPredicate().equals(VND.lineageAncestor)).count();
            var model = ModelFactory.createModelForGraph(g);
            try {
                if (sent.add(name)) conn.put(name.getURI(), model);
                else conn.load(name.getURI(), model);
            } catch (RuntimeException e) {
                throw new StoreException("cannot send graph " + name.getURI() + " to " + endpoints.gsp() + ": " + e.getMessage(), e);
            }
        }

        @Override public void finish() {
            int gone = 0;
            for (String g : sourceGraphs(conn)) {
                if (sent.contains(org.apache.jena.graph.NodeFactory.createURI(g))) continue;
                conn.delete(g);
                gone++;
            }
            report = new LineageStore.LoadReport(sent.size() + gone, 0, closure, quads, false, 0);
        }
    }

    /** The per-file graphs the engine holds. */
    private static List<String> sourceGraphs(RDFConnection conn) {
        String q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + VND.GRAPH_SOURCE + "\")) }";
        List<String> out = new java.util.ArrayList<>();
        conn.querySelect(QueryFactory.create(q), row -> out.add(row.getResource("g").getURI()));
        return out;
    }

    @Override public QueryTarget queries() { return QueryTarget.endpoint(endpoints.query(), timeoutMs); }

    @Override public TextSearch search() { return search; }

    @Override public void close() {
        if (endpoints.user() != null) for (String u : Set.of(endpoints.query(), endpoints.update(), endpoints.gsp())) AuthEnv.get().unregisterUsernamePassword(URI.create(u));
    }
}
