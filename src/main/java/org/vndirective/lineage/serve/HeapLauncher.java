package org.vndirective.lineage.serve;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The server's heap is set by {@code serve}, not left at a quarter of the machine: unless the JVM was started with
 * its own {@code -Xmx}, {@code serve} runs again in a child JVM with the given heap and waits for it.
 */
public final class HeapLauncher {
    private static final String CHILD = "lineage.serve.child";

    private HeapLauncher() {}

    /** The child's exit status, or empty when this JVM should serve itself (heap given, or already the child). */
    public static OptionalInt relaunch(String heap, String mainClass, List<String> args) throws IOException, InterruptedException {
        if (!heap.matches("\\d+[kKmMgG]?")) throw new IllegalArgumentException("--heap takes a size such as 2g or 1536m: " + heap);
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String tool = System.getenv().getOrDefault("JAVA_TOOL_OPTIONS", "") + " " + System.getenv().getOrDefault("JDK_JAVA_OPTIONS", "");
        if (Boolean.getBoolean(CHILD) || tool.contains("-Xmx") || jvm.stream().anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxRAM"))) {
            return OptionalInt.empty();
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-D" + CHILD + "=true"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(args);
        Process child = new ProcessBuilder(cmd).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        return OptionalInt.of(child.waitFor());
    }
}
