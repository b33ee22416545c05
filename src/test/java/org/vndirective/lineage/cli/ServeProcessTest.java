package org.vndirective.lineage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndirective.lineage.store.LineageStore;

/** What a user sees of the processes: {@code lineage} started as a command, in child JVMs. */
class ServeProcessTest {
    @TempDir Path dir;

    private static String java() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }

    private static ProcessBuilder lineage(List<String> jvm, String... args) {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        // As a user runs it: no -Xmx from the build's environment, so serve starts its server in a child JVM.
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        return pb;
    }

    @Test
    void killingServeWithSignal9TakesItsServerJvmWithIt() throws Exception {
        Path data = dir.resolve("db");
        LineageStore.builder().location(data).build().close();
        Process serve = lineage(List.of(), "serve", "--port", "0", "--heap", "256m", "--no-ingest", "--data", data.toString())
                .redirectErrorStream(true).start();
        ProcessHandle server = null;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            for (String line = out.readLine(); line == null || !line.startsWith("SPARQL endpoint: "); line = out.readLine()) {
                if (line == null) throw new AssertionError("serve did not start:\n" + seen);
                seen.append(line).append('\n');
            }
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();
            List<ProcessHandle> children = serve.toHandle().children().toList();
            assertEquals(1, children.size(), "serve runs its server in one child JVM");
            server = children.get(0);

            serve.destroyForcibly(); // SIGKILL: no shutdown hook runs in the parent
            serve.waitFor(10, TimeUnit.SECONDS);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (server.isAlive() && System.nanoTime() < until) Thread.sleep(200);
            assertFalse(server.isAlive(), "the server JVM lives on after its parent was killed");
        } finally {
            serve.destroyForcibly();
            if (server != null && server.isAlive()) server.destroyForcibly();
        }
    }

    @Test
    void noEscapesInALogFileEvenWhenTheOtherStreamsAreATerminal() throws Exception {
        // `script` gives the command a terminal for stdin and stdout; its stderr goes to a file, as `2> log` does.
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux's script");
        Path log = dir.resolve("err.log");
        StringBuilder cmd = new StringBuilder();
        for (String a : lineage(List.of("-Xmx256m"), "ingest", "--outt", dir.resolve("g.nq").toString()).command()) {
            cmd.append('\'').append(a.replace("'", "'\\''")).append("' ");
        }
        cmd.append("2>'").append(log).append('\'');
        Process p = new ProcessBuilder("/usr/bin/script", "-qec", cmd.toString(), "/dev/null")
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(dir.resolve("tty.out").toFile()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = Files.readString(log);
        assertTrue(err.contains("Unknown option: '--outt'"), err);
        assertFalse(err.contains("\033"), "escape sequences in the log: " + err);
    }
}
