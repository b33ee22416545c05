package org.vndirective.lineage.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A Virtuoso of a test's own: a fresh database folder with its own virtuoso.ini on free loopback ports (SQL and
 * HTTP), run by {@code .ci/virtuoso} in the foreground, ready once it answers SQL and the SPARQL user may update
 * (SPARQL Update and the Graph Store Protocol on loopback); {@link #close} stops it and deletes the folder.
 */
public final class Virtuoso implements AutoCloseable {
    private static final Path SCRIPT = Path.of(".ci/virtuoso");
    private final Path dir;
    private final int httpPort;
    private final Process process;

    private Virtuoso(Path dir, int httpPort, Process process) {
        this.dir = dir;
        this.httpPort = httpPort;
        this.process = process;
    }

    /** Fails in CI (CI=true, where .ci/run installs it) and skips elsewhere when virtuoso-t is not installed. */
    public static void assumeInstalled() {
        boolean found = Path.of("/usr/bin/virtuoso-t").toFile().canExecute() || List.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .stream().anyMatch(d -> Path.of(d, "virtuoso-t").toFile().canExecute());
        String msg = "virtuoso-t is not installed (apt-get install virtuoso-opensource; .ci/run does it): the Virtuoso tests do not run";
        if (!found && "true".equals(System.getenv("CI"))) Assertions.fail(msg);
        if (!found) System.err.println(msg);
        Assumptions.assumeTrue(found, msg);
    }

    /** Starts a fresh server with {@code buffers} 8 KB pages of cache (and 3/4 of them dirty at most). */
    public static Virtuoso start(int buffers) throws IOException, InterruptedException {
        assumeInstalled();
        Path dir = Files.createTempDirectory("virtuoso-");
        int sql = freePort(), http = freePort();
        Process p = new ProcessBuilder("bash", SCRIPT.toString(), "run", dir.toString(), String.valueOf(sql), String.valueOf(http),
                String.valueOf(buffers)).redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        Virtuoso v = new Virtuoso(dir, http, p);
        try {
            String out = v.script("ready", "90");
            if (!p.isAlive()) throw new IllegalStateException("virtuoso-t exited: " + Files.readString(dir.resolve("stdout.log")));
            if (!out.isBlank() && out.toLowerCase().contains("error")) throw new IllegalStateException("granting SPARQL update: " + out);
        } catch (IOException | RuntimeException | InterruptedException e) {
            v.close();
            throw e;
        }
        return v;
    }

    public static Virtuoso start() throws IOException, InterruptedException { return start(20_000); }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public Path dir() { return dir; }

    public String base() { return "http://127.0.0.1:" + httpPort; }

    public String sparql() { return base() + "/sparql"; }

    /** The Graph Store Protocol endpoint (Virtuoso's name for it; it takes {@code ?graph=} as the protocol says). */
    public String graphStore() { return base() + "/sparql-graph-crud"; }

    /** Runs SQL as dba; returns isql's output, and fails on an error in it. */
    public String sql(String statements) throws IOException, InterruptedException {
        String out = script("sql", statements);
        if (out.contains("*** Error")) throw new IllegalStateException("virtuoso SQL failed: " + statements + "\n" + out);
        return out;
    }

    /**
     * Loads an N-Quads file with Virtuoso's bulk loader (each quad into its own graph) and checkpoints; fails with the
     * loader's own message when it refused the file.
     */
    public void bulkLoad(Path nq) throws IOException, InterruptedException {
        Path in = dir.resolve("load");
        Files.createDirectories(in);
        Files.copy(nq, in.resolve("data.nq"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        sql("ld_dir('" + in + "', 'data.nq', 'urn:lineage:default'); rdf_loader_run(); checkpoint;");
        String errors = sql("SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;");
        if (!errors.contains("0 Rows.")) throw new IllegalStateException("the bulk loader refused " + nq + ": " + errors);
    }

    /** Indexes every literal in Virtuoso's free-text index (what {@code bif:contains} searches), now and for later loads. */
    public void indexText() throws IOException, InterruptedException {
        sql("DB.DBA.RDF_OBJ_FT_RULE_ADD(null, null, 'lineage'); DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ();");
    }

    /** PUTs one graph (N-Triples) through the Graph Store Protocol. */
    public void put(String graph, String ntriples) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(graphStore() + "?graph=" + java.net.URLEncoder.encode(graph, StandardCharsets.UTF_8)))
                .header("Content-Type", "application/n-triples").PUT(HttpRequest.BodyPublishers.ofString(ntriples)).build();
        HttpResponse<String> res = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() / 100 != 2) throw new IllegalStateException("PUT " + graph + ": HTTP " + res.statusCode() + " " + res.body());
    }

    private String script(String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString(), args[0], dir.toString()));
        cmd.addAll(List.of(args).subList(1, args.length));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        return out;
    }

    @Override public void close() {
        try {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            try (var walk = Files.walk(dir)) {
                for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
