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
    private static final String PARENT = "lineage.serve.parent";

    private HeapLauncher() {}

    /** The smallest heap the server starts in. */
    static final long MIN_HEAP = 128L << 20;

    /** Refuses (IllegalArgumentException, one line) a heap that is no size, or one the server cannot start in. */
    public static void checkHeap(String heap) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,12})([kKmMgG]?)").matcher(heap);
        if (!m.matches()) throw new IllegalArgumentException("--heap takes a size such as 2g or 1536m: " + heap);
        int shift = switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        if (Long.parseLong(m.group(1)) < MIN_HEAP >> shift) throw new IllegalArgumentException("--heap " + heap + " is too small for the server; give at least 128m (default 2g)");
    }

    /**
     * In the child: exits when the parent is gone (killed with -9, its shutdown hook never ran), so no server lives on
     * that nobody started. The parent's pid comes in a system property; a daemon thread looks every second.
     */
    public static void watchParent() {
        String pid = System.getProperty(PARENT);
        if (pid == null) return;
        long parent = Long.parseLong(pid);
        // Once the parent has died this process is another's child (init's, or a subreaper's), even before it is reaped.
        java.util.function.BooleanSupplier alive = () -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == parent;
        Thread watch = new Thread(() -> {
            while (alive.getAsBoolean()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.err.println("lineage: the serve process that started this server is gone; stopping");
            System.exit(1);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** The child's exit status, or empty when this JVM should serve itself (heap given, or already the child). */
    public static OptionalInt relaunch(String heap, String mainClass, List<String> args) throws IOException, InterruptedException {
        checkHeap(heap);
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String tool = System.getenv().getOrDefault("JAVA_TOOL_OPTIONS", "") + " " + System.getenv().getOrDefault("JDK_JAVA_OPTIONS", "");
        if (Boolean.getBoolean(CHILD) || tool.contains("-Xmx") || jvm.stream().anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxRAM"))) {
            return OptionalInt.empty();
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-D" + CHILD + "=true",
                "-D" + PARENT + "=" + ProcessHandle.current().pid()));
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
