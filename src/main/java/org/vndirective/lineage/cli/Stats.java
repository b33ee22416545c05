package org.vndirective.lineage.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's peak heap and peak resident memory, printed by {@code ingest --stats} for the bench to read. */
final class Stats {
    private Stats() {}

    /** {@code stats: peak-heap-mb=… peak-rss-mb=… max-heap-mb=…}; RSS is -1 where /proc is not there. */
    static String line() {
        long heap = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) heap += p.getPeakUsage().getUsed();
        }
        return "stats: peak-heap-mb=%d peak-rss-mb=%d max-heap-mb=%d".formatted(heap >> 20, peakRssKb() >> 10,
                Runtime.getRuntime().maxMemory() >> 20);
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
