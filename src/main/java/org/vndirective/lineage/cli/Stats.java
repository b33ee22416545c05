package org.vndirective.lineage.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The process's peak heap and peak resident memory, printed by {@code ingest --stats} for the bench to read.
 * The heap figure is the most ever in use right after a collection: the live data plus what the collector left,
 * not the garbage a capped heap fills up with between collections (that only tells how the collector is tuned).
 */
final class Stats {
    private Stats() {}

    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();

    /** Starts watching collections; call at the start of the work. */
    static void watch() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((n, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = 0;
                for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(e.getKey())) used += e.getValue().getUsed();
                }
                PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }

    /**
     * {@code stats: peak-heap-mb=… peak-rss-mb=… max-heap-mb=… collections=… cpu-s=…}; RSS is -1 where /proc is not
     * there. The process's CPU time is what a shared machine's load does not inflate as it does the wall time.
     */
    static String line() {
        long collections = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) collections += Math.max(0, gc.getCollectionCount());
        // A run too short to collect: what is in use now is the best figure there is.
        long heap = Math.max(PEAK_AFTER_GC.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        double cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : -1;
        return String.format(java.util.Locale.ROOT, "stats: peak-heap-mb=%d peak-rss-mb=%d max-heap-mb=%d collections=%d cpu-s=%.1f",
                heap >> 20, peakRssKb() >> 10, Runtime.getRuntime().maxMemory() >> 20, collections, cpu);
    }

    static long peakRssKb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1 << 10;
    }
}
