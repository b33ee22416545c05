package org.vndirective.lineage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndirective.lineage.Lineage;
import org.vndirective.lineage.read.Fixtures;
import org.vndirective.lineage.report.IngestResult;
import org.vndirective.lineage.report.Problem;
import org.vndirective.lineage.text.Digests;
import org.vndirective.lineage.vocab.VND;

/** {@code serve DIR} (the store's add) reads a folder exactly as {@code ingest DIR} does, and keeps only what it uses. */
class ServeInputsTest {
    @TempDir Path tmp;

    /** A folder with what a user's folder holds: documents, a hidden text, a linked subfolder, a binary and an unknown file. */
    private Path folder() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> samples;
        try (var s = Files.list(SampleStore.SAMPLES)) {
            samples = s.sorted().toList();
        }
        String a = Files.readString(samples.get(0)), b = Files.readString(samples.get(1));
        Fixtures.docx(a, in.resolve("plan.docx"));
        Files.writeString(in.resolve("page.html"), "<html><body><pre>" + b + "</pre></body></html>", StandardCharsets.UTF_8);
        Files.copy(samples.get(2), in.resolve(".hidden.txt"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.copy(samples.get(3), elsewhere.resolve("linked.txt"));
        Files.createSymbolicLink(in.resolve("sub"), elsewhere);
        Files.write(in.resolve("scan.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.writeString(in.resolve("empty.txt"), "  \n");
        Files.writeString(in.resolve("notes.xyz"), "not a text");
        return in;
    }

    @Test
    void aFolderIsReadAsIngestReadsItAndSkippedFilesAreNotKept() throws IOException {
        Path in = folder();
        IngestResult ingest = Lineage.ingest(List.of(in));
        TreeSet<String> used = new TreeSet<>();
        ingest.files().stream().filter(IngestResult.FileReport::used).forEach(f -> used.add(f.fileName()));
        assertEquals(new TreeSet<>(List.of(".hidden.txt", "page.html", "plan.docx", "sub/linked.txt")), used, ingest.problems().toString());

        List<Problem> told = new ArrayList<>();
        try (LineageStore store = LineageStore.builder().location(tmp.resolve("db")).build()) {
            store.add(List.of(in), b -> b.problems(told::add));
            TreeSet<String> held = new TreeSet<>();
            store.sourceFiles().forEach(f -> held.add(LineageStore.unescape(f)));
            assertEquals(used, held, "the store holds the graphs ingest makes");
            assertTrue(told.stream().anyMatch(p -> p.message().startsWith("ignored 1 files that are not .txt")), "the unknown file is reported: " + told);
            assertTrue(told.stream().anyMatch(p -> p.file().equals("scan.txt") && p.severity() == Problem.Severity.SKIPPED), told.toString());
            assertFalse(Files.exists(store.sources().resolve("scan.txt")), "a skipped file is not kept to be skipped again");
            assertFalse(Files.exists(store.sources().resolve("empty.txt")));
            assertFalse(Files.exists(store.sources().resolve("notes.xyz")));

            told.clear();
            store.add(List.of(), b -> b.problems(told::add));
            assertFalse(told.stream().anyMatch(p -> p.severity() == Problem.Severity.SKIPPED), "nothing skipped at the next load: " + told);
        }
    }

    @Test
    void everySha256IsTheSha256OfTheFileBytes() throws IOException {
        long hashes;
        try (LineageStore store = SampleStore.open(tmp.resolve("db"))) {
            // A reload too: it writes the bookkeeping graph's hashes by transactions, not the bulk loader.
            store.add(List.of(SampleStore.SAMPLES.resolve("000_65312ab16a694310.txt")), b -> b);
            assertSha256s(store);
            // As a store made by an older version kept them: the graph hashes under vnd:sha256.
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            hashes = Txn.calculateWrite(store.dataset(), () -> {
                List<Quad> qs = dsg.stream(LineageStore.STATE, Node.ANY, LineageStore.GRAPH_HASH, Node.ANY).toList();
                for (Quad q : qs) {
                    dsg.delete(q);
                    dsg.add(LineageStore.STATE, q.getSubject(), VND.sha256, q.getObject());
                }
                return (long) qs.size();
            });
        }
        try (LineageStore store = LineageStore.builder().location(tmp.resolve("db")).build()) {
            assertSha256s(store);
            assertEquals(hashes, Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .stream(LineageStore.STATE, Node.ANY, LineageStore.GRAPH_HASH, Node.ANY).count()), "the old hashes were moved, not lost");
        }
    }

    private static void assertSha256s(LineageStore store) throws IOException {
        List<String[]> rows = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (var qe = QueryExecutionFactory.create("SELECT ?s ?h WHERE { ?s <https://w3id.org/vn-directive/ontology#sha256> ?h }", store.dataset())) {
                qe.execSelect().forEachRemaining(r -> rows.add(new String[] {r.get("s").toString(), r.get("h").toString()}));
            }
        });
        assertEquals(4, rows.size(), "one per source file, nothing else");
        for (String[] r : rows) {
            String name = r[0].substring(r[0].lastIndexOf('/') + 1);
            assertEquals(Digests.sha256(Files.readAllBytes(SampleStore.SAMPLES.resolve(name))), r[1], r[0]);
        }
    }
}
