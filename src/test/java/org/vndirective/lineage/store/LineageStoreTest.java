package org.vndirective.lineage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndirective.lineage.Lineage;
import org.vndirective.lineage.vocab.VND;

class LineageStoreTest {
    @TempDir Path tmp;

    private Path corpus() throws IOException {
        Path c = Files.createDirectories(tmp.resolve("corpus"));
        try (var s = Files.list(SampleStore.SAMPLES)) {
            for (Path f : s.toList()) Files.copy(f, c.resolve(f.getFileName()));
        }
        return c;
    }

    @Test
    void secondLoadSkipsUnchangedGraphsAndAChangedFileReplacesOnlyItsGraph() throws IOException {
        Path c = corpus();
        try (LineageStore store = LineageStore.builder().location(tmp.resolve("db")).build()) {
            LineageStore.LoadReport first = store.load(Lineage.ingest(List.of(c)));
            assertTrue(first.written() >= 6, first.toString());
            LineageStore.LoadReport again = store.load(Lineage.ingest(List.of(c)));
            assertEquals(0, again.written(), again.toString());
            Path f = c.resolve("000_65312ab16a694310.txt");
            Files.writeString(f, Files.readString(f).replace("Trần Đức Quận", "Trần Văn Quân"));
            LineageStore.LoadReport changed = store.load(Lineage.ingest(List.of(c)));
            assertEquals(1, changed.written(), "only the changed file's graph: " + changed);
            assertTrue(store.dataset().asDatasetGraph() != null);
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .contains(Node.ANY, Node.ANY, VND.signer, org.apache.jena.graph.NodeFactory.createLiteralString("Trần Văn Quân"))));
        }
    }

    @Test
    void dropRemovesAFileAndItsLinks() throws IOException {
        try (LineageStore store = SampleStore.open(tmp.resolve("db"))) {
            assertTrue(store.drop("003_d36600f59ffdebfe.txt"));
            assertFalse(store.sourceFiles().contains("003_d36600f59ffdebfe.txt"));
            assertFalse(store.drop("003_d36600f59ffdebfe.txt"), "already gone");
            boolean chain = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .find(Node.ANY, Node.ANY, VND.implementsDoc, Node.ANY).hasNext());
            assertTrue(chain, "file 002's links stay");
        }
    }

    private static Process child(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreChild.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static void await(Process p, String line) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()));
        for (String l = r.readLine(); l != null; l = r.readLine()) if (l.contains(line)) return;
        throw new AssertionError("child ended before \"" + line + "\"");
    }

    @Test
    void aStoreHeldByAnotherProcessGivesAClearMessage() throws Exception {
        Path db = tmp.resolve("db");
        Process holder = child("hold", db.toString());
        try {
            await(holder, "holding");
            StoreException e = assertThrows(StoreException.class, () -> LineageStore.builder().location(db).build());
            assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void killingALoadLeavesEveryGraphWholeAndTheNextLoadFinishes() throws Exception {
        Path big = Files.createDirectories(tmp.resolve("big"));
        try (var s = Files.list(SampleStore.SAMPLES)) {
            List<Path> files = s.toList();
            for (int i = 0; i < 150; i++) for (Path f : files) Files.copy(f, big.resolve(i + "_" + f.getFileName()));
        }
        Path db = tmp.resolve("db");
        Process loader = child("load", db.toString(), big.toString());
        await(loader, "loading");
        Thread.sleep(1500);
        loader.destroyForcibly().waitFor();
        try (LineageStore store = LineageStore.builder().location(db).build()) {
            // Every graph present is whole: its stored hash is the hash of what it holds.
            Map<Node, String> hashes = Txn.calculateRead(store.dataset(), () -> {
                Map<Node, String> m = new java.util.HashMap<>();
                store.dataset().asDatasetGraph().find(LineageStore.STATE, Node.ANY, LineageStore.GRAPH_HASH, Node.ANY)
                        .forEachRemaining(q -> m.put(q.getSubject(), q.getObject().getLiteralLexicalForm()));
                return m;
            });
            Txn.executeRead(store.dataset(), () -> {
                for (Map.Entry<Node, String> e : hashes.entrySet()) {
                    List<Quad> quads = new ArrayList<>();
                    store.dataset().asDatasetGraph().find(e.getKey(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
                    assertEquals(e.getValue(), LineageStore.hash(quads), "graph " + e.getKey() + " is whole");
                }
            });
            int before = store.sourceFiles().size();
            assertTrue(before < 600, "the kill landed mid-load (" + before + " of 600 graphs were in)");
            LineageStore.LoadReport finish = store.load(Lineage.ingest(List.of(big)));
            assertEquals(600, store.sourceFiles().size(), "the next load finishes the job (had " + before + "): " + finish);
        }
    }

    @Test
    void aFirstLoadCutShortIsClearedAtTheNextOpenAndTheLoadStartsOver() throws IOException {
        Path db = tmp.resolve("db");
        try (LineageStore store = SampleStore.open(db)) {
            assertTrue(store.sourceFiles().size() >= 4);
        }
        // What a kill during the first (bulk) load leaves: the marker, and whatever the loader had written.
        Files.writeString(db.resolve("BULK-LOAD-IN-PROGRESS"), "");
        try (LineageStore store = LineageStore.builder().location(db).build()) {
            assertEquals(List.of(), store.sourceFiles(), "the half-loaded store is cleared; it was empty before");
            LineageStore.LoadReport r = store.load(Lineage.ingest(List.of(SampleStore.SAMPLES)));
            assertTrue(r.bulk(), r.toString());
            assertTrue(store.sourceFiles().size() >= 4);
        }
        assertFalse(Files.exists(db.resolve("BULK-LOAD-IN-PROGRESS")));
    }

    @Test
    void theClosureHoldsEveryAncestorAndItsSizeIsRecorded() {
        try (LineageStore store = SampleStore.open(tmp.resolve("db"))) {
            Node leaf = org.apache.jena.graph.NodeFactory.createURI(VND.ID + "lam-dong/cat-tien/hu/kh/2020/135");
            List<String> ancestors = Txn.calculateRead(store.dataset(), () -> {
                List<String> out = new ArrayList<>();
                store.dataset().asDatasetGraph().find(LineageStore.CLOSURE, leaf, VND.lineageAncestor, Node.ANY)
                        .forEachRemaining(q -> out.add(q.getObject().getURI().substring(VND.ID.length())));
                out.sort(null);
                return out;
            });
            assertEquals(List.of("lam-dong/tu/kh/2018/59", "tw/ct/2007/10", "tw/kl/2017/18"), ancestors);
            int size = store.load(Lineage.ingest(List.of(SampleStore.SAMPLES))).closureTriples();
            assertTrue(size >= 3, "closure links: " + size);
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().contains(LineageStore.STATE,
                    LineageStore.CLOSURE, VND.closureSize, org.apache.jena.graph.NodeFactory.createLiteralDT(String.valueOf(size),
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))));
        }
    }

    @Test
    void anIndexLostToABulkLoadIsRebuiltAtOpen() throws IOException {
        Path db = tmp.resolve("db");
        try (LineageStore store = SampleStore.open(db)) {
            assertTrue(store.reindex() > 100);
        }
        // Throw the index away, as a bulk loader that bypasses it leaves things.
        try (var walk = Files.walk(db.resolve("text"))) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        try (LineageStore store = LineageStore.builder().location(db).build()) {
            boolean found = Txn.calculateRead(store.dataset(), () -> {
                try (var qe = org.apache.jena.query.QueryExecution.dataset(store.dataset())
                        .query("PREFIX text: <http://jena.apache.org/text#> ASK { ?d text:query \"chi AND thi\" }").build()) {
                    return qe.execAsk();
                }
            });
            assertTrue(found, "search works again without a new load");
        }
    }
}
