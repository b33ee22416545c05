package org.vndirective.lineage.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Room on disk for a load: checked before anything is written (a full disk in the middle of TDB2's memory-mapped
 * writes ends in an {@code InternalError}, not an {@code IOException}), and a failure that is a full disk told as one
 * line naming the folder.
 */
final class DiskSpace {
    /** Store bytes per byte of text, measured on the samples and generated corpora (about 12), with room to spare. */
    static final int STORE_PER_TEXT_BYTE = 20;
    static final long MARGIN = 64L << 20;

    private DiskSpace() {}

    static void check(Path store, List<Path> inputs) {
        long text = 0;
        for (Path in : inputs) text += bytes(in);
        Path sources = store.resolve("sources");
        if (Files.isDirectory(sources)) text += bytes(sources);
        long need = text * STORE_PER_TEXT_BYTE + MARGIN;
        long free;
        try {
            Path p = store.toAbsolutePath();
            while (!Files.exists(p)) p = p.getParent();
            free = Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
            return;
        }
        if (free < need) throw new StoreException(message(store, free, need));
    }

    private static String message(Path store, long free, long need) {
        return "not enough disk space in " + store.toAbsolutePath() + ": the load needs about " + mb(need) + " MB, "
                + mb(free) + " MB are free; free some space or give another --data folder (the store was left as it was)";
    }

    /** A failure during a load, told as "no space" when it is one. */
    static RuntimeException failure(Path store, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left") || m.contains("unsafe memory access") || m.contains("Disk quota")) {
                long free = -1;
                try {
                    free = Files.getFileStore(store.toAbsolutePath()).getUsableSpace();
                } catch (IOException ignored) {
                    // Only for the message.
                }
                return new StoreException("the disk holding " + store.toAbsolutePath() + " is full (" + mb(free)
                        + " MB free): free some space and load again; the next load finishes this one", e);
            }
        }
        if (e instanceof RuntimeException r) return r;
        if (e instanceof Error err) throw err;
        return new StoreException(e.getMessage(), e);
    }

    private static long bytes(Path p) {
        try (var walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static long mb(long bytes) { return bytes < 0 ? -1 : bytes >> 20; }
}
