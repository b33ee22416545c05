package org.vndirective.lineage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load that cannot fit on the disk stops before it writes, with one line naming the folder and the space. */
class DiskSpaceTest {
    @TempDir Path tmp;

    @Test
    void aLoadTooLargeForTheDiskIsRefusedBeforeItWrites() throws IOException {
        Path db = tmp.resolve("db");
        List<String> before;
        try (LineageStore store = SampleStore.open(db)) {
            before = store.sourceFiles();
        }
        // A sparse file: as large as the free space says, without taking it.
        Path big = Files.createDirectories(tmp.resolve("big"));
        long free = Files.getFileStore(tmp).getUsableSpace();
        try (RandomAccessFile f = new RandomAccessFile(big.resolve("huge.txt").toFile(), "rw")) {
            f.setLength(free / DiskSpace.STORE_PER_TEXT_BYTE + (1L << 20));
        }
        try (LineageStore store = LineageStore.builder().location(db).build()) {
            StoreException e = assertThrows(StoreException.class, () -> store.add(List.of(big), b -> b));
            assertTrue(e.getMessage().contains(db.toAbsolutePath().toString()) && e.getMessage().contains("MB"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
            assertEquals(before, store.sourceFiles(), "the store is as it was");
            assertTrue(Files.notExists(store.sources().resolve("huge.txt")), "nothing was copied");
        }
    }
}
