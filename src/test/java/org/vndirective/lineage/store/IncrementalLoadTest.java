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
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndirective.lineage.rdf.NTerms;

/** Adding files to a store, or dropping one, leaves what a fresh load of the same files together would. */
class IncrementalLoadTest {
    static final Path PHENOMENA = Path.of("src/test/resources/corpus/phenomena");
    @TempDir Path tmp;

    /** Every quad in the store, as N-Quads lines, sorted. */
    static Set<String> quads(LineageStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(NTerms.line(q)));
            return out;
        });
    }

    /** What full-text search finds for a few words: the index must describe all files too. */
    static List<String> search(LineageStore store) {
        List<String> out = new ArrayList<>();
        for (String words : List.of("ke AND hoach AND 59", "nghe AND an", "chi AND thi AND 10", "binh AND thuan", "do AND luong")) {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                        .query("PREFIX text: <http://jena.apache.org/text#> SELECT ?d ?t { (?d ?s ?t) text:query \"" + words + "\" }").build()) {
                    List<String> rows = new ArrayList<>();
                    qe.execSelect().forEachRemaining(r -> rows.add(words + " " + r.get("d") + " " + r.get("t")));
                    rows.sort(null);
                    out.addAll(rows);
                }
            });
        }
        return out;
    }

    private Path half(String name, List<Path> files) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (Path f : files) Files.copy(f, dir.resolve(f.getFileName()));
        return dir;
    }

    private static List<Path> texts(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void loadingInTwoHalvesEqualsAFreshLoadAndDropIsTheReverse() throws IOException {
        List<Path> phenomena = texts(PHENOMENA);
        Path second = half("second", phenomena.subList(0, phenomena.size() - 1));
        Path last = half("last", phenomena.subList(phenomena.size() - 1, phenomena.size()));

        Set<String> fresh;
        List<String> freshSearch;
        try (LineageStore store = LineageStore.builder().location(tmp.resolve("fresh")).build()) {
            store.add(List.of(SampleStore.SAMPLES, second, last), b -> b);
            fresh = quads(store);
            freshSearch = search(store);
        }
        try (LineageStore store = LineageStore.builder().location(tmp.resolve("halves")).build()) {
            store.add(List.of(SampleStore.SAMPLES), b -> b);
            LineageStore.Update r = store.add(List.of(second, last), b -> b);
            assertFalse(r.report().bulk(), r.report().toString());
            assertEquals(fresh, quads(store), "samples, then our documents: the same quads as all at once");
            assertEquals(freshSearch, search(store));
            assertTrue(freshSearch.size() > 5, freshSearch.toString());

            Set<String> withoutLast;
            try (LineageStore alone = LineageStore.builder().location(tmp.resolve("without-last")).build()) {
                alone.add(List.of(SampleStore.SAMPLES, second), b -> b);
                withoutLast = quads(alone);
            }
            assertTrue(store.drop(last.relativize(texts(last).get(0)).toString()));
            assertEquals(withoutLast, quads(store), "drop leaves what a load without the file leaves");
        }
    }

    @Test
    void aDistrictPlanAddedLaterKeepsTheProvinceChain() throws IOException {
        try (LineageStore store = SampleStore.open(tmp.resolve("db"))) {
            Path more = Files.createDirectories(tmp.resolve("more"));
            Files.writeString(more.resolve("district-plan.txt"), "HUYỆN ỦY ĐẠ TẺH\nSố 20-KH/HU\nĐạ Tẻh, ngày 05 tháng 3 năm 2019\n"
                    + "KẾ HOẠCH\nthực hiện Kế hoạch số 59-KH/TU, ngày 10/8/2018 của Ban Thường vụ Tỉnh ủy\n-----\nNội dung.\n");
            store.add(List.of(more), b -> b);
            List<String> chain = Txn.calculateRead(store.dataset(), () -> {
                List<String> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(SavedQuery.packaged("upstream-chain")
                        .bind(java.util.Map.of("notation", "135-KH/HU"))).build()) {
                    qe.execSelect().forEachRemaining(r -> out.add(r.get("toNotation").toString()));
                }
                return out;
            });
            assertEquals(List.of("59-KH/TU", "18-KL/TW", "10-CT/TW"), chain, "the samples' chain survives a later load");
        }
    }
}
