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
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.vndirective.lineage.store.SavedQuery;

/**
 * Embedded Fuseki serving the lineage dataset at {@code /lineage}: SPARQL query at {@code /lineage/sparql} (and
 * {@code /lineage/query}), read-only Graph Store Protocol at {@code /lineage/get} and {@code /lineage}, CORS,
 * query timeouts, document IRIs by content negotiation at {@code /doc?iri=…} and {@code /id/…}, and the explorer
 * at {@code /}. No update service, unless {@link Builder#admin} adds one for one user on loopback. Build with {@link #builder()}, then {@link #start()}.
 */
public final class LineageServer {
    public static final String DATASET = "/lineage";
    static final List<String> WEB_FILES = List.of("index.html", "app.js", "style.css", "vendor/yasgui.min.js", "vendor/yasgui.min.css");

    private final FusekiServer server;

    private LineageServer(FusekiServer server) { this.server = server; }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private int port = 3030;
        private Dataset dataset;
        private String corsOrigins = "*";
        private String timeout = "10000,60000";
        private boolean loopback;
        private String adminUser;
        private String adminPassword;

        public Builder port(int port) { this.port = port; return this; }

        public Builder dataset(Dataset dataset) { this.dataset = dataset; return this; }

        /** Comma-separated origins allowed to call the endpoint from a browser; "*" for any. */
        public Builder corsOrigins(String origins) { this.corsOrigins = origins; return this; }

        /** ARQ's "initial,overall" milliseconds: time to the first row, and in all. */
        public Builder timeout(String initialOverall) {
            if (!initialOverall.matches("\\d+(,\\d+)?")) throw new IllegalArgumentException("timeout must be MS or INITIAL,OVERALL in ms: " + initialOverall);
            this.timeout = initialOverall;
            return this;
        }

        public Builder loopback(boolean loopback) { this.loopback = loopback; return this; }

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
            if (dataset == null) throw new IllegalStateException("a server needs a dataset");
            dataset.getContext().set(ARQ.queryTimeout, timeout);
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(loopback || adminUser != null)
                    .add(DATASET, dataset, false)
                    .enableCors(true, corsConfig(corsOrigins))
                    .staticFileBase(webFiles().toString())
                    .addServlet("/doc", new DescribeServlet(dataset))
                    .addServlet("/id/*", new DescribeServlet(dataset));
            if (adminUser != null) {
                b.passwordFile(passwordFile(adminUser, adminPassword)).auth(AuthScheme.BASIC)
                        .addEndpoint(DATASET, "update", Operation.Update, Auth.policyAllowSpecific(adminUser));
            }
            return new LineageServer(b.build());
        }

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

    public String url() { return "http://localhost:" + port(); }

    public String sparqlUrl() { return url() + DATASET + "/sparql"; }

    public void join() { server.join(); }

    public void stop() { server.stop(); }
}
