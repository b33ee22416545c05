package org.vndirective.lineage.resolve;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Observations gathered by document, then handed out one document at a time, in key order within each part. In
 * memory for small corpora; for large ones spilled to partition files by hash of the key, so only one partition is
 * ever in memory. Both keep the order in which a document's observations were added, each distinct one once with
 * its count ({@link Tally}).
 */
public abstract class ObservationGroups implements AutoCloseable {
    /** Called once per document with all that was said of it. */
    public interface GroupConsumer { void accept(DocKey key, Tally observations, List<DocKey> candidates); }

    public abstract void add(Observation.Keyed k);

    public abstract void forEachGroup(GroupConsumer consumer);

    @Override public void close() {}

    public static ObservationGroups inMemory() { return new Memory(); }

    /** Spill to {@code partitions} files under {@code dir} (created; removed on close). */
    public static ObservationGroups spilling(Path dir, int partitions) { return new Spill(dir, partitions); }

    private static final class Group {
        final DocKey key;
        final Tally obs = new Tally();
        List<DocKey> candidates;

        Group(DocKey key) { this.key = key; }

        void add(Observation.Keyed k) {
            obs.add(k.observation());
            if (k.candidates() != null) candidates = k.candidates();
        }
    }

    private static void emit(Map<String, Group> groups, GroupConsumer consumer) {
        for (Group g : groups.values()) consumer.accept(g.key, g.obs, g.candidates);
    }

    private static final class Memory extends ObservationGroups {
        private final TreeMap<String, Group> groups = new TreeMap<>();

        @Override public void add(Observation.Keyed k) { groups.computeIfAbsent(k.key().path(), p -> new Group(k.key())).add(k); }

        @Override public void forEachGroup(GroupConsumer consumer) { emit(groups, consumer); }
    }

    private static final class Spill extends ObservationGroups {
        private final Path dir;
        private final BufferedWriter[] parts;

        Spill(Path dir, int partitions) {
            this.dir = dir;
            this.parts = new BufferedWriter[partitions];
            try {
                Files.createDirectories(dir);
                for (int i = 0; i < partitions; i++) parts[i] = Files.newBufferedWriter(part(i), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create spill files in " + dir, e);
            }
        }

        private Path part(int i) { return dir.resolve("observations-" + i + ".tsv"); }

        @Override public void add(Observation.Keyed k) {
            try {
                BufferedWriter w = parts[Math.floorMod(k.key().path().hashCode(), parts.length)];
                w.write(k.line());
                w.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write a spill file in " + dir, e);
            }
        }

        @Override public void forEachGroup(GroupConsumer consumer) {
            try {
                for (BufferedWriter w : parts) w.close();
                for (int i = 0; i < parts.length; i++) {
                    TreeMap<String, Group> groups = new TreeMap<>();
                    try (BufferedReader r = Files.newBufferedReader(part(i), StandardCharsets.UTF_8)) {
                        for (String line = r.readLine(); line != null; line = r.readLine()) {
                            Observation.Keyed k = Observation.Keyed.parse(line);
                            groups.computeIfAbsent(k.key().path(), p -> new Group(k.key())).add(k);
                        }
                    }
                    emit(groups, consumer);
                    Files.deleteIfExists(part(i));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back a spill file in " + dir, e);
            }
        }

        @Override public void close() {
            for (int i = 0; i < parts.length; i++) {
                try {
                    parts[i].close();
                    Files.deleteIfExists(part(i));
                } catch (IOException ignored) {
                    // best effort: a leftover temp file is not worth failing the ingest for
                }
            }
            try {
                Files.deleteIfExists(dir);
            } catch (IOException ignored) {
                // not empty or gone: leave it
            }
        }
    }
}
