package org.vndirective.lineage.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.vndirective.lineage.store.QueryTarget;
import org.vndirective.lineage.store.SavedQuery;
import org.vndirective.lineage.store.TextSearch;

/**
 * Embedded Fuseki serving the lineage dataset at {@code /lineage}: SPARQL query at {@code /lineage/sparql} (and
 * {@code /lineage/query}), read-only Graph Store Protocol at {@code /lineage/get} and {@code /lineage}, CORS,
 * query timeouts, document IRIs by content negotiation at {@code /doc?iri=…} and {@code /id/…}, and the explorer
 * at {@code /}. No update service, unless {@link Builder#admin} adds one for one user on loopback. The data is a
 * dataset in this process ({@link Builder#dataset}) or another engine's ({@link Builder#remote}): then the query
 * endpoints forward each checked query to it and the Graph Store Protocol is the engine's own. Build with
 * {@link #builder()}, then {@link #start()}.
 */
public final class LineageServer {
    public static final String DATASET = "/lineage";
    static final List<String> WEB_FILES = List.of("index.html", "app.js", "style.css", "vendor/yasgui.min.js", "vendor/yasgui.min.css");

    /** The default limit of a query's size: Wikidata's query service allows about as much. */
    public static final int MAX_QUERY_BYTES = 100 * 1024;
    /** The longest time limit {@code --timeout} accepts: one hour. */
    public static final long MAX_TIMEOUT_MS = 3_600_000;
    static final long SPILL_ROWS = 100_000;
    /** Queries running at once (the rest wait their turn): enough to keep the cores busy while one waits on disk. */
    static final int RUNNING = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private static final java.util.Set<String> LOOPBACK = java.util.Set.of("localhost", "127.0.0.1", "::1");

    private final FusekiServer server;

    private LineageServer(FusekiServer server) { this.server = server; }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private int port = 3030;
        private Dataset dataset;
        private String remote;
        private TextSearch search;
        private String corsOrigins = "*";
        private String timeout = "10000,60000";
        private String host = "localhost";
        private int maxQueryBytes = MAX_QUERY_BYTES;
        private java.util.Set<String> allowedServices = java.util.Set.of();
        private String adminUser;
        private String adminPassword;

        public Builder port(int port) { this.port = port; return this; }

        public Builder dataset(Dataset dataset) { this.dataset = dataset; return this; }

        /**
         * Serves another engine's data instead of a dataset: queries at {@code /lineage/sparql} are checked here and
         * run by the engine at this SPARQL query endpoint; {@code /doc} and {@code /id/} ask it too.
         */
        public Builder remote(String queryEndpoint, TextSearch search) {
            this.remote = queryEndpoint;
            this.search = search;
            return this;
        }

        /** Comma-separated origins allowed to call the endpoint from a browser; "*" for any. */
        public Builder corsOrigins(String origins) { this.corsOrigins = origins; return this; }

        /**
         * ARQ's "initial,overall" milliseconds: time to the first row, and in all; each from 1 ms to
         * {@link #MAX_TIMEOUT_MS}, the first no larger than the second.
         */
        public Builder timeout(String initialOverall) {
            String usage = "--timeout takes MS or INITIAL,OVERALL in milliseconds, each 1 to " + MAX_TIMEOUT_MS + ": " + initialOverall;
            if (initialOverall == null || !initialOverall.strip().matches("\\d{1,10}(,\\d{1,10})?")) throw new IllegalArgumentException(usage);
            long[] ms = java.util.Arrays.stream(initialOverall.strip().split(",")).mapToLong(Long::parseLong).toArray();
            for (long t : ms) if (t < 1 || t > MAX_TIMEOUT_MS) throw new IllegalArgumentException(usage);
            if (ms.length == 2 && ms[0] > ms[1]) throw new IllegalArgumentException("--timeout: the time to the first row is longer than the overall limit: " + initialOverall);
            this.timeout = initialOverall.strip();
            return this;
        }

        /** The interface to listen on: "localhost" (the default) or a name or address to expose, "0.0.0.0" for all. */
        public Builder host(String host) {
            if (host == null || host.isBlank()) throw new IllegalArgumentException("--host needs a name or address");
            this.host = host.strip();
            return this;
        }

        /** Queries larger than this (UTF-8 bytes) are answered 413 before they are parsed. */
        public Builder maxQueryBytes(int bytes) {
            if (bytes < 1024) throw new IllegalArgumentException("--max-query-bytes must be at least 1024: " + bytes);
            this.maxQueryBytes = bytes;
            return this;
        }

        /** SPARQL endpoints that SERVICE may call (none by default: the server then sends no request anywhere). */
        public Builder allowServices(java.util.Collection<String> endpoints) {
            this.allowedServices = java.util.Set.copyOf(endpoints);
            return this;
        }

        /** Adds an update service at /lineage/update for this user only (HTTP Basic), and binds to loopback. */
        public Builder admin(String user, String password) {
            if (user == null || user.isBlank() || password == null || password.isBlank()) {
                throw new IllegalArgumentException("admin needs USER:PASSWORD, both non-empty");
            }
            this.adminUser = user;
            this.adminPassword = password;
            return this;
        }

        public LineageServer build() {
            if ((dataset == null) == (remote == null)) throw new IllegalStateException("a server needs either a dataset or a remote endpoint");
            if (remote != null && adminUser != null) throw new IllegalArgumentException("--admin serves updates to the TDB2 store only; update the engine directly");
            // For a remote engine Fuseki holds an empty dataset: it carries the settings, the engine the data.
            Dataset dataset = remote != null ? org.apache.jena.query.DatasetFactory.create() : this.dataset;
            if (adminUser != null && !LOOPBACK.contains(host)) {
                throw new IllegalArgumentException("--admin serves updates on loopback only; it cannot be combined with --host " + host);
            }
            var context = dataset.getContext();
            context.set(ARQ.queryTimeout, timeout);
            // Sorts, DISTINCT and grouping past this many rows go to disk, not the heap: a heavy query fails alone.
            context.set(ARQ.spillToDiskThreshold, SPILL_ROWS);
            // A second line behind the guard's refusal: ARQ itself calls no endpoint outside the allowed list.
            context.set(ARQ.httpServiceAllowed, !allowedServices.isEmpty());
            if (!allowedServices.isEmpty()) ServiceGate.install(context, allowedServices);
            FusekiServer.Builder b = FusekiServer.create().port(port);
            if (remote != null) {
                b.registerOperation(Operation.Query, new RemoteQuery(remote, search))
                        .add(DATASET, DataService.newBuilder(dataset.asDatasetGraph()).addEndpoint(Operation.Query)
                                .addEndpoint(Operation.Query, "sparql").addEndpoint(Operation.Query, "query"));
            } else {
                b.add(DATASET, dataset, false);
            }
            QueryTarget describe = remote != null ? QueryTarget.endpoint(remote, Long.parseLong(timeout.replaceFirst("^.*,", "")))
                    : QueryTarget.of(dataset);
            b
                    .enableCors(true, corsConfig(corsOrigins))
                    .addFilter("/*", new RequestGuard(QueryPolicy.standard(allowedServices), maxQueryBytes, RUNNING, firstRowMs()))
                    .staticFileBase(webFiles().toString())
                    .addServlet("/doc", new DescribeServlet(describe))
                    .addServlet("/id/*", new DescribeServlet(describe));
            if (adminUser != null) {
                b.passwordFile(passwordFile(adminUser, adminPassword)).auth(AuthScheme.BASIC)
                        .addEndpoint(DATASET, "update", Operation.Update, Auth.policyAllowSpecific(adminUser));
            }
            FusekiServer server = b.build();
            for (var c : server.getJettyServer().getConnectors()) {
                if (c instanceof org.eclipse.jetty.server.ServerConnector sc) sc.setHost(host.equals("0.0.0.0") ? null : host);
            }
            return new LineageServer(server);
        }

        /** The time limit to the first row: also how long a query may wait for its turn. */
        private long firstRowMs() { return Long.parseLong(timeout.split(",")[0]); }

        private static String passwordFile(String user, String password) {
            try {
                Path f = Files.createTempFile("lineage-admin-", ".properties");
                f.toFile().deleteOnExit();
                Files.writeString(f, user + ": " + password + "\n");
                return f.toString();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the admin credentials", e);
            }
        }

        private static String corsConfig(String origins) {
            try {
                Path f = Files.createTempFile("lineage-cors-", ".properties");
                f.toFile().deleteOnExit();
                Files.writeString(f, "allowedOrigins=" + origins.strip() + "\n"
                        + "allowedMethods=GET,POST,OPTIONS,HEAD\n"
                        // The endpoint is public and anonymous: a browser never needs to send it cookies.
                        + "allowCredentials=false\n"
                        + "allowedHeaders=X-Requested-With,Content-Type,Accept,Origin,Authorization\n"
                        + "exposedHeaders=Cache-Control,Content-Language,Content-Length,Content-Type,Expires,Last-Modified,Pragma\n");
                return f.toString();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the CORS settings", e);
            }
        }

        /** The explorer's files, copied out of the jar so Jetty can serve them. */
        private static Path webFiles() {
            try {
                Path dir = Files.createTempDirectory("lineage-web-");
                Files.createDirectories(dir.resolve("vendor"));
                Files.createDirectories(dir.resolve("queries"));
                for (String f : WEB_FILES) {
                    try (InputStream in = LineageServer.class.getResourceAsStream("/web/" + f)) {
                        if (in != null) Files.copy(in, dir.resolve(f));
                    }
                }
                // The saved queries, for the explorer's SPARQL editor: each .rq and an index of names and titles.
                StringBuilder index = new StringBuilder("[");
                for (String name : SavedQuery.NAMES) {
                    SavedQuery q = SavedQuery.packaged(name);
                    Files.writeString(dir.resolve("queries/" + name + ".rq"), q.text());
                    if (index.length() > 1) index.append(',');
                    index.append("{\"name\":").append(json(name)).append(",\"title\":").append(json(q.title())).append('}');
                }
                Files.writeString(dir.resolve("queries/index.json"), index.append(']').toString());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare the explorer's files", e);
            }
        }
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temp folder left behind is harmless.
        }
    }

    public LineageServer start() { server.start(); return this; }

    public int port() { return server.getHttpPort(); }

    org.eclipse.jetty.server.Server jetty() { return server.getJettyServer(); }

    public String url() { return "http://localhost:" + port(); }

    public String sparqlUrl() { return url() + DATASET + "/sparql"; }

    public void join() { server.join(); }

    public void stop() { server.stop(); }
}
