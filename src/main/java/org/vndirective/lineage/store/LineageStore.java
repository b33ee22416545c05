package org.vndirective.lineage.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.FSDirectory;
import org.vndirective.lineage.IngestResult;
import org.vndirective.lineage.vocab.VND;

/**
 * The TDB2 store behind the server: one named graph per source file plus the documents, reference and closure
 * graphs, a Lucene text index over labels, titles, notations and evidence sentences, and a bookkeeping graph of
 * content hashes. Each graph is replaced in its own write transaction, so a kill mid-load leaves every graph
 * either as it was or as it should be; the next load finishes the job.
 */
public final class LineageStore implements AutoCloseable {
    static final Node STATE = NodeFactory.createURI(VND.GRAPH + "store-state");
    static final Node CLOSURE = NodeFactory.createURI(VND.GRAPH_CLOSURE);
    static final List<Node> LINEAGE = List.of(VND.implementsDoc, VND.continues, VND.reviews, VND.guides);
    static final List<Node> INDEXED = List.of(RDFS.label.asNode(), DCTerms.title.asNode(), VND.notation,
            VND.printedNotation, VND.alias, VND.sentence, SKOS.prefLabel.asNode());

    private final Path location;
    private final DatasetGraph base;
    private final Dataset dataset;
    private final TextIndex index;

    private LineageStore(Path location, DatasetGraph base, Dataset dataset, TextIndex index) {
        this.location = location;
        this.base = base;
        this.dataset = dataset;
        this.index = index;
    }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private Path location;

        public Builder location(Path location) { this.location = location; return this; }

        public LineageStore build() {
            if (location == null) throw new IllegalStateException("a store needs a location");
            Path tdb = location.resolve("tdb2"), text = location.resolve("text");
            DatasetGraph base;
            try {
                Files.createDirectories(tdb);
                Files.createDirectories(text);
                base = DatabaseMgr.connectDatasetGraph(tdb.toString());
            } catch (IOException e) {
                throw new StoreException("cannot create the store folder " + location + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                String m = String.valueOf(e.getMessage());
                if (m.contains("lock") || m.contains("Lock") || m.contains("another process")) {
                    throw new StoreException("the store folder " + location + " is in use by another process"
                            + " (is a server already running on it?): " + m, e);
                }
                throw new StoreException("the store folder " + location + " cannot be opened (damaged? delete it to rebuild): " + m, e);
            }
            base.getContext().set(TDB2.symUnionDefaultGraph, true);
            try {
                EntityDefinition def = new EntityDefinition("uri", "text");
                for (Node p : INDEXED) def.set("text", p);
                TextIndexConfig config = new TextIndexConfig(def);
                config.setAnalyzer(new FoldingAnalyzer());
                config.setQueryAnalyzer(new FoldingAnalyzer());
                TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(text), config);
                DatasetGraph withText = TextDatasetFactory.create(base, index, true);
                LineageStore store = new LineageStore(location, base, DatasetFactory.wrap(withText), index);
                // Data but an empty index: a bulk load (tdb2.tdbloader) went around it. Rebuild.
                if (store.indexEmpty() && Txn.calculateRead(base, () -> !base.isEmpty())) store.reindex();
                return store;
            } catch (IOException | RuntimeException e) {
                throw new StoreException("the text index in " + text + " cannot be opened (delete it; `serve` rebuilds it): " + e.getMessage(), e);
            }
        }
    }

    public Path location() { return location; }

    /** The dataset to query and serve: text-indexed, default graph = union of the named graphs. */
    public Dataset dataset() { return dataset; }

    private boolean indexEmpty() {
        if (!(index instanceof org.apache.jena.query.text.TextIndexLucene lucene)) return false;
        try (var reader = org.apache.lucene.index.DirectoryReader.open(lucene.getDirectory())) {
            return reader.numDocs() == 0;
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Rebuilds the text index from the store's triples; returns how many literals were indexed. */
    public int reindex() {
        EntityDefinition def = index.getDocDef();
        int[] n = {0};
        if (index instanceof org.apache.jena.query.text.TextIndexLucene lucene) {
            try {
                lucene.getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new StoreException("cannot clear the text index: " + e.getMessage(), e);
            }
        }
        Txn.executeRead(base, () -> {
            for (Node p : INDEXED) {
                base.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    var e = org.apache.jena.query.text.TextQueryFuncs.entityFromQuad(def, q);
                    if (e != null) { index.addEntity(e); n[0]++; }
                });
            }
        });
        index.prepareCommit();
        index.commit();
        return n[0];
    }

    /** What a load did. */
    public record LoadReport(int written, int unchanged, int closureTriples) {
        @Override public String toString() {
            return "%d graphs written, %d unchanged, %d closure links".formatted(written, unchanged, closureTriples);
        }
    }

    /** Loads an ingest's graphs: unchanged ones are skipped, changed ones replaced, each in its own transaction. */
    public LoadReport load(IngestResult result) {
        Map<Node, List<Quad>> byGraph = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
        result.dataset().find().forEachRemaining(q -> byGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q));
        Map<Node, String> stored = Txn.calculateRead(dataset, this::storedHashes);
        int written = 0, unchanged = 0;
        for (Map.Entry<Node, List<Quad>> e : byGraph.entrySet()) {
            String hash = hash(e.getValue());
            if (hash.equals(stored.get(e.getKey()))) { unchanged++; continue; }
            replace(e.getKey(), e.getValue(), hash);
            written++;
        }
        int closure = written > 0 || !Txn.calculateRead(dataset, () -> base.containsGraph(CLOSURE)) ? rebuildClosure() : -1;
        if (closure < 0) closure = Txn.calculateRead(dataset, () -> (int) base.getGraph(CLOSURE).size());
        return new LoadReport(written, unchanged, closure);
    }

    /** Removes a source file's graph; true if there was one. */
    public boolean drop(String fileName) {
        Node g = org.vndirective.lineage.rdf.Iris.graph(fileName);
        boolean had = Txn.calculateRead(dataset, () -> base.containsGraph(g));
        if (had) {
            replace(g, List.of(), null);
            rebuildClosure();
        }
        return had;
    }

    /** Names of the source files the store holds. */
    public List<String> sourceFiles() {
        return Txn.calculateRead(dataset, () -> {
            List<String> out = new ArrayList<>();
            base.listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().startsWith(VND.GRAPH_SOURCE)) out.add(g.getURI().substring(VND.GRAPH_SOURCE.length()));
            });
            out.sort(null);
            return out;
        });
    }

    private void replace(Node g, List<Quad> quads, String hash) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            // Quad by quad, so the text index forgets the old literals too.
            List<Quad> old = new ArrayList<>();
            base.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(old::add);
            old.forEach(dsg::delete);
            quads.forEach(dsg::add);
            base.deleteAny(STATE, g, VND.sha256, Node.ANY);
            if (hash != null) base.add(STATE, g, VND.sha256, NodeFactory.createLiteralString(hash));
        });
    }

    private Map<Node, String> storedHashes() {
        Map<Node, String> out = new HashMap<>();
        base.find(STATE, Node.ANY, VND.sha256, Node.ANY).forEachRemaining(q -> out.put(q.getSubject(), q.getObject().getLiteralLexicalForm()));
        return out;
    }

    /**
     * Materialises {@code vnd:lineageAncestor}, the transitive closure of the lineage relations, into its own graph:
     * an upstream chain is then one index lookup instead of a property-path walk.
     */
    public int rebuildClosure() {
        Map<Node, Set<Node>> parents = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            for (Node p : LINEAGE) {
                base.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (!q.getGraph().equals(CLOSURE)) parents.computeIfAbsent(q.getSubject(), k -> new LinkedHashSet<>()).add(q.getObject());
                });
            }
        });
        List<Quad> closure = new ArrayList<>();
        for (Node start : parents.keySet()) {
            Set<Node> seen = new LinkedHashSet<>();
            List<Node> frontier = new ArrayList<>(parents.get(start));
            while (!frontier.isEmpty()) {
                Node n = frontier.remove(frontier.size() - 1);
                if (n.equals(start) || !seen.add(n)) continue;
                frontier.addAll(parents.getOrDefault(n, Set.of()));
            }
            for (Node a : seen) closure.add(Quad.create(CLOSURE, start, VND.lineageAncestor, a));
        }
        Txn.executeWrite(dataset, () -> {
            base.deleteAny(CLOSURE, Node.ANY, Node.ANY, Node.ANY);
            closure.forEach(base::add);
        });
        return closure.size();
    }

    static String hash(List<Quad> quads) {
        List<String> lines = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            lines.add(NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " " + NodeFmtLib.strNT(q.getObject()));
        }
        lines.sort(null);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) md.update((l + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the index and releases the store folder (and its lock) for another process or a later open. */
    @Override public void close() {
        try {
            index.close();
        } finally {
            TDBInternal.expel(base);
        }
    }
}
