package org.vndirective.lineage.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ingest as a user runs it, in its own JVM with 512 MB of heap, so its time and peak memory are its own. */
record ChildIngest(double seconds, double cpuSeconds, int peakHeapMB, int peakRssMB, int exit, String said) {
    private static final Pattern STATS = Pattern.compile("peak-heap-mb=(\\d+) peak-rss-mb=(-?\\d+) .* cpu-s=([-\\d.]+)");

    /** Runs {@code ingest --quiet --stats ARGS…}; fails on an exit status above 1 (1: some files skipped). */
    static ChildIngest run(List<String> args) throws IOException, InterruptedException {
        ChildIngest c = run(args, Long.MAX_VALUE);
        if (c.exit() > 1 || c.peakHeapMB() < 0) {
            throw new IllegalStateException("ingest in the child JVM failed (exit " + c.exit() + "):\n" + c.said());
        }
        return c;
    }

    /** The same, stopped after {@code timeoutSeconds}: then exit is -1, and the figures -1. */
    static ChildIngest run(List<String> args, long timeoutSeconds) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.vndirective.lineage.cli.Main", "ingest", "--quiet", "--stats"));
        cmd.addAll(args);
        Path log = Files.createTempFile("lineage-child-", ".log");
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = p.waitFor(Math.min(timeoutSeconds, Long.MAX_VALUE / 2), TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly().waitFor();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            String said = Files.readString(log, StandardCharsets.UTF_8);
            Matcher m = STATS.matcher(said);
            if (!ended || !m.find()) return new ChildIngest(seconds, -1, -1, -1, ended ? p.exitValue() : -1, said);
            return new ChildIngest(seconds, Double.parseDouble(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    p.exitValue(), said);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
