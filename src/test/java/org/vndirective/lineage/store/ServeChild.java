package org.vndirective.lineage.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.vndirective.lineage.cli.Main;

/** {@code serve} in a child JVM, as a user starts it; {@link #endpoint} waits for it to say where it listens. */
public final class ServeChild implements AutoCloseable {
    private final Process process;
    private final String endpoint;

    private ServeChild(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts {@code serve ARGS} (add {@code --port 0}) and waits until it is ready. */
    public static ServeChild start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.startsWith("SPARQL endpoint: ")) {
                // The rest of its output is read and dropped, so the child never blocks on a full pipe.
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return new ServeChild(p, line.substring("SPARQL endpoint: ".length()).strip());
            }
        }
        throw new AssertionError("serve did not start:\n" + seen);
    }

    /** Its SPARQL query endpoint. */
    public String endpoint() { return endpoint; }

    @Override public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
