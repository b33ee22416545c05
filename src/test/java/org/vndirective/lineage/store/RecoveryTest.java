package org.vndirective.lineage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill at any point of a first or an incremental load: the store opened afterwards either answers as a clean load
 * does, or says it was cut short (and `serve --no-ingest` refuses); the next load then gives the clean store.
 */
class RecoveryTest {
    @TempDir Path tmp;

    private static int child(String crashAt, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlineage.crashAt=" + crashAt, "-cp", System.getProperty("java.class.path"), StoreChild.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path f : walk.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t); else Files.copy(f, t);
            }
        }
    }

    @Test
    void aKillAtAnyPointOfALoadIsRecovered() throws Exception {
        Path samplesOnly = tmp.resolve("samples-only");
        Set<String> clean;
        try (LineageStore s = SampleStore.open(samplesOnly)) {
            // nothing more: a store to add to
        }
        try (LineageStore s = LineageStore.builder().location(tmp.resolve("clean")).build()) {
            s.add(List.of(SampleStore.SAMPLES, IncrementalLoadTest.PHENOMENA), b -> b);
            clean = IncrementalLoadTest.quads(s);
        }
        Path both = Files.createDirectories(tmp.resolve("both"));
        copyTree(SampleStore.SAMPLES, both);
        try (var s = Files.list(IncrementalLoadTest.PHENOMENA)) {
            for (Path f : s.filter(f -> f.toString().endsWith(".txt")).toList()) Files.copy(f, both.resolve(f.getFileName()));
        }
        record Case(String point, boolean first) {}
        List<Case> cases = List.of(new Case("bulk-loaded", true), new Case("parts-loaded", true),
                new Case("graphs-written", false), new Case("documents-cleared", false), new Case("closure-cleared", false),
                new Case("parts-loaded", false));
        for (Case c : cases) {
            Path db = tmp.resolve(c.point + (c.first ? "-first" : "-incremental"));
            if (!c.first) copyTree(samplesOnly, db);
            int exit = child(c.point, "add", db.toString(), c.first ? both.toString() : IncrementalLoadTest.PHENOMENA.toString());
            assertEquals(3, exit, c + ": the child halted at its crash point");
            try (LineageStore s = LineageStore.builder().location(db).build()) {
                assertTrue(s.interrupted() || IncrementalLoadTest.quads(s).equals(clean), c + ": says it was cut short, or is whole");
                s.add(List.of(), b -> b);
                assertFalse(s.interrupted());
                assertEquals(clean, IncrementalLoadTest.quads(s), c + ": the next load gives the clean store");
            }
        }
    }

    @Test
    void aMissingClosureIsAddedByTheNextLoad() throws IOException {
        Path db = tmp.resolve("db");
        Set<String> clean;
        try (LineageStore s = SampleStore.open(db)) {
            clean = IncrementalLoadTest.quads(s);
            Txn.executeWrite(s.dataset(), () -> {
                s.dataset().asDatasetGraph().deleteAny(LineageStore.CLOSURE, Quad.ANY.getSubject(), Quad.ANY.getPredicate(), Quad.ANY.getObject());
                s.dataset().asDatasetGraph().deleteAny(LineageStore.STATE, LineageStore.CLOSURE, Quad.ANY.getPredicate(), Quad.ANY.getObject());
            });
        }
        try (LineageStore s = LineageStore.builder().location(db).build()) {
            assertTrue(s.interrupted(), "the closure comes from the ingest: the store says a load must add it");
            s.add(List.of(), b -> b);
            assertFalse(s.interrupted());
            assertEquals(clean, IncrementalLoadTest.quads(s));
        }
    }

    @Test
    void reloadsDoNotGrowTheStore() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        copyTree(SampleStore.SAMPLES, corpus);
        Path db = tmp.resolve("db");
        Path changing = corpus.resolve("000_65312ab16a694310.txt");
        String text = Files.readString(changing);
        long clean;
        try (LineageStore s = LineageStore.builder().location(db).build()) {
            s.add(List.of(corpus), b -> b);
            clean = size(db.resolve("tdb2"));
            for (int i = 0; i < 10; i++) {
                // Each reload replaces a graph and the documents graph: what leaves old blocks behind.
                Files.writeString(changing, text.replace("Trần Đức Quận", "Trần Đức Quận " + i));
                LineageStore.Update u = s.add(List.of(corpus), b -> b);
                assertTrue(u.report().written() >= 1, u.report().toString());
            }
            long after = size(db.resolve("tdb2"));
            assertTrue(after <= clean * 3 / 2, "after ten reloads " + after + " bytes, a clean load " + clean);
        }
    }

    private static long size(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
