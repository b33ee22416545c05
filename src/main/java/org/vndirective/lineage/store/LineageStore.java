package org.vndirective.lineage.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.vndirective.lineage.rdf.NTerms;
import org.vndirective.lineage.rdf.SearchText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.FSDirectory;
import org.vndirective.lineage.report.IngestResult;
import org.vndirective.lineage.vocab.VND;

/**
 * The TDB2 store behind the server: one named graph per source file plus the documents, reference and closure
 * graphs, a Lucene text index over labels, titles, notations and evidence sentences, and a bookkeeping graph of
 * content hashes. The first load into an empty store streams through Jena's bulk loader (guarded by a marker file:
 * if it is cut short, the next open clears the store, which held nothing before). Later loads replace each changed
 * graph in batched write transactions, so a kill mid-load leaves every graph either as it was or as it should be;
 * the next load finishes the job.
 */
public final class LineageStore implements GraphStore {
    static final Node STATE = NodeFactory.createURI(VND.GRAPH + "store-state");
    static final Node CLOSURE = NodeFactory.createURI(VND.GRAPH_CLOSURE);
    /**
     * A graph's content hash ({@link QuadHash}) in the bookkeeping graph. Not {@code vnd:sha256}, which says a file's
     * SHA-256: the default graph is the union of all graphs, and a query for a source's vnd:sha256 would meet these.
     */
    static final Node GRAPH_HASH = NodeFactory.createURI(VND.GRAPH + "store-state#graphHash");
    static final Node DOCUMENTS = NodeFactory.createURI(VND.GRAPH_DOCUMENTS);
    static final List<Node> INDEXED = SearchText.INDEXED;

    private static final String SOURCES = "sources";
    private static final String LOAD_MARKER = "LOAD-IN-PROGRESS";

    private final Path location;
    private final DatasetGraph base;
    private final Dataset dataset;
    private final TextIndex index;
    private boolean interrupted;

    private LineageStore(Path location, DatasetGraph base, Dataset dataset, TextIndex index, boolean interrupted) {
        this.location = location;
        this.base = base;
        this.dataset = dataset;
        this.index = index;
        this.interrupted = interrupted;
    }

    /** Where the kill tests stop a load: the JVM halts there when the system property lineage.crashAt names it. */
    static void crashPoint(String name) {
        if (name.equals(System.getProperty("lineage.crashAt"))) Runtime.getRuntime().halt(3);
    }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private Path location;

        public Builder location(Path location) { this.location = location; return this; }

        public LineageStore build() {
            if (location == null) throw new IllegalStateException("a store needs a location");
            Path tdb = location.resolve("tdb2"), text = location.resolve("text");
            boolean cleared = Files.exists(location.resolve(BULK_MARKER));
            if (cleared) clearInterruptedBulkLoad(location, tdb, text);
            boolean interrupted = Files.exists(location.resolve(LOAD_MARKER)) || cleared && Files.isDirectory(location.resolve(SOURCES));
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
                LineageStore store = new LineageStore(location, base, DatasetFactory.wrap(withText), index, interrupted);
                // Data but an empty index: a bulk load (tdb2.tdbloader) went around it. Rebuild.
                boolean data = Txn.calculateRead(base, () -> !base.isEmpty());
                if (data) store.moveOldHashes();
                if (store.indexEmpty() && data) store.reindex();
                if (store.interrupted) {
                    System.err.println("lineage: the last load into " + location + " was cut short; the next load (`serve --data "
                            + location + "`, without --no-ingest) finishes it");
                } else if (data && Txn.calculateRead(base, () -> store.storedHash(CLOSURE) == null)) {
                    // The closure comes from the ingest now: a store without it is loaded again to get it.
                    System.err.println("lineage: " + location + " has no lineage closure (made by an older version, or a load was cut short);"
                            + " the next load (`serve --data " + location + "`, without --no-ingest) adds it");
                    store.interrupted = true;
                }
                return store;
            } catch (IOException | RuntimeException e) {
                throw new StoreException("the text index in " + text + " cannot be opened (delete it; `serve` rebuilds it): " + e.getMessage(), e);
            }
        }
    }

    private static final String BULK_MARKER = "BULK-LOAD-IN-PROGRESS";

    /**
     * A first load goes through Jena's bulk loader, which is not transactional. It only ever runs on an empty store,
     * so when it was interrupted (the marker file is still there) nothing stored is lost by starting over.
     */
    private static void clearInterruptedBulkLoad(Path location, Path tdb, Path text) {
        System.err.println("lineage: the first load into " + location + " was interrupted; the store was empty before it,"
                + " so it is cleared and the next load starts over (from its copies of the texts)");
        try {
            for (Path dir : List.of(tdb, text)) {
                if (!Files.exists(dir)) continue;
                try (var walk = Files.walk(dir)) {
                    for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
                }
            }
            Files.delete(location.resolve(BULK_MARKER));
        } catch (IOException e) {
            throw new StoreException("the store folder " + location + " holds an interrupted first load and cannot be"
                    + " cleared (delete the folder to start over): " + e.getMessage(), e);
        }
    }

    public Path location() { return location; }

    /** Whether {@code location} holds a store (its TDB2 folder, with data files): opening any other folder makes an empty one. */
    public static boolean exists(Path location) {
        Path tdb = location.resolve("tdb2");
        if (!Files.isDirectory(tdb)) return false;
        try (var in = Files.list(tdb)) {
            return in.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** True when the last incremental load was cut short: the store mixes old and new graphs until the next load. */
    public boolean interrupted() { return interrupted; }

    /** The store's own copy of every text it holds, by the name it was ingested under. */
    public Path sources() { return location.resolve(SOURCES); }

    /** What {@link #add} did: the ingest of every text in the store, and the load. */
    public record Update(org.vndirective.lineage.Ingest.Outcome outcome, LoadReport report) {}

    /**
     * Adds texts to the store and loads them together with every text it already holds, so the documents graph,
     * the closure and the text index describe all of them, as a fresh load of all files together would. The texts
     * are copied into {@link #sources()} first (a file already there under the same name is replaced), then the
     * whole folder is ingested: graphs whose content is unchanged are skipped, and graphs of files no longer there
     * are removed. {@code options} sets the ingest's listeners.
     */
    @Override public Update add(List<Path> inputs, java.util.function.UnaryOperator<org.vndirective.lineage.Ingest.Builder> options) {
        checkTexts();
        return loadAll(inputs, options);
    }

    /** A store made before the store kept its texts cannot be loaded into: the next load would drop their graphs. */
    private void checkTexts() {
        List<String> missing = sourceFiles().stream().filter(f -> !Files.isRegularFile(sources().resolve(unescape(f)))).toList();
        if (!missing.isEmpty()) {
            throw new StoreException("the store " + location + " holds " + missing.size() + " graphs without their text in " + sources()
                    + " (e.g. " + missing.get(0) + "; made by an older version?): load all the files into a new --data folder");
        }
    }

    private Update loadAll(List<Path> inputs, java.util.function.UnaryOperator<org.vndirective.lineage.Ingest.Builder> options) {
        Path sources = sources();
        DiskSpace.check(location, inputs);
        org.vndirective.lineage.Ingest.Builder ingest = options.apply(org.vndirective.lineage.Ingest.create().inputs(List.of(sources)));
        java.util.function.Consumer<org.vndirective.lineage.report.Problem> tell = ingest.problems();
        try {
            Files.createDirectories(sources);
            copyTexts(inputs, sources, tell);
        } catch (IOException e) {
            throw DiskSpace.failure(location, e);
        }
        // A file the ingest skips (binary, empty, too large) is not kept: it would be skipped again at every load.
        List<String> skipped = java.util.Collections.synchronizedList(new ArrayList<>());
        ingest.problems(p -> {
            if (p.severity() == org.vndirective.lineage.report.Problem.Severity.SKIPPED) skipped.add(p.file());
            tell.accept(p);
        });
        Loader loader = new Loader(f -> Files.isRegularFile(sources.resolve(unescape(f))));
        try {
            var outcome = ingest.build().run(loader);
            for (String name : skipped) {
                Path copy = sources.resolve(name).normalize();
                if (copy.startsWith(sources) && !copy.equals(sources)) Files.deleteIfExists(copy);
            }
            return new Update(outcome, loader.report());
        } catch (IOException e) {
            throw new StoreException("cannot remove a skipped file's copy from " + sources + ": " + e.getMessage(), e);
        } catch (RuntimeException | InternalError e) {
            throw DiskSpace.failure(location, e);
        }
    }

    /** Removes a text and loads the rest again: the reverse of {@link #add}; false if the store has no such text. */
    public boolean remove(String fileName, java.util.function.UnaryOperator<org.vndirective.lineage.Ingest.Builder> options) {
        Path text = sources().resolve(fileName).normalize();
        if (!text.startsWith(sources()) || !Files.isRegularFile(text)) return false;
        checkTexts();
        try {
            Files.delete(text);
        } catch (IOException e) {
            throw new StoreException("cannot remove " + text + ": " + e.getMessage(), e);
        }
        loadAll(List.of(), options);
        return true;
    }

    /**
     * Copies the files an ingest of {@code inputs} would read under {@code into}, by the names the ingest gives them,
     * found by the ingest's own walker (so {@code serve DIR} reads what {@code ingest DIR} reads, and tells what it
     * cannot use the same way).
     */
    private static void copyTexts(List<Path> inputs, Path into, java.util.function.Consumer<org.vndirective.lineage.report.Problem> tell) throws IOException {
        Path self = into.toAbsolutePath().normalize();
        List<Path> roots = inputs.stream().filter(in -> !in.toAbsolutePath().normalize().equals(self)).toList();
        for (org.vndirective.lineage.Lineage.Found f : org.vndirective.lineage.Lineage.walk(roots, tell)) {
            Path to = into.resolve(f.name()).normalize();
            if (!to.startsWith(into.normalize())) continue;
            Files.createDirectories(to.getParent());
            Files.copy(f.path(), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A graph's file name as {@code Iris.escape} wrote it, decoded. */
    static String unescape(String escaped) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] b = escaped.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i++) {
            int hi = b[i] == '%' && i + 2 < b.length ? Character.digit(b[i + 1], 16) : -1;
            int lo = hi >= 0 ? Character.digit(b[i + 2], 16) : -1;
            if (lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(b[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The dataset to query and serve: text-indexed, default graph = union of the named graphs. */
    public Dataset dataset() { return dataset; }

    @Override public QueryTarget queries() { return QueryTarget.of(dataset); }

    @Override public TextSearch search() { return TextSearch.JENA_TEXT; }

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
    public record LoadReport(int written, int unchanged, int closureTriples, long quads, boolean bulk, double closureSeconds) {
        @Override public String toString() {
            return "%d graphs written, %d unchanged, %d closure links%s".formatted(written, unchanged, closureTriples,
                    bulk ? " (first load, bulk)" : "");
        }
    }

    /** Loads an ingest held in memory: see {@link #loader()}. */
    public LoadReport load(IngestResult result) {
        Loader loader = loader();
        DatasetGraph ds = result.dataset();
        ds.listGraphNodes().forEachRemaining(g -> {
            List<Quad> quads = new ArrayList<>();
            ds.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            loader.accept(g, quads);
        });
        loader.finish();
        return loader.report();
    }

    /**
     * A sink that loads graphs as an ingest makes them. Into an empty store it streams everything through Jena's
     * parallel bulk loader (and the text index) in one go; into a store that has data it replaces each changed graph
     * in batched write transactions and skips graphs whose content hash is unchanged. The graphs that come in parts
     * (the documents, and the lineage closure the ingest computes) are spooled and replaced at {@link #finish()}.
     */
    public Loader loader() { return new Loader(f -> true); }

    public final class Loader implements org.vndirective.lineage.rdf.GraphSink {
        private static final int BATCH_QUADS = 200_000;
        private final boolean bulk;
        private final DataLoader bulkLoader;
        private final StreamRDF bulkStream;
        private final List<Quad> pending = new ArrayList<>();
        private final Map<Node, String> pendingHashes = new LinkedHashMap<>();
        /** The graphs that come in parts (the documents, the closure), by name: spooled, then loaded at the end. */
        private final Map<Node, Parts> parts = new LinkedHashMap<>();
        private final java.util.function.Predicate<String> keepFile;
        private final boolean redo;
        private int written, unchanged, closure;
        private boolean closureGiven;
        private long quads;
        private LoadReport report;

        /** {@code keepFile}: whether a source file's graph that this load does not give stays (by its escaped name). */
        private Loader(java.util.function.Predicate<String> keepFile) {
            this.keepFile = keepFile;
            this.redo = interrupted;
            this.bulk = Txn.calculateRead(base, base::isEmpty);
            if (!bulk) {
                try {
                    Files.writeString(location.resolve(LOAD_MARKER), "a load is running or was cut short; the next load finishes it\n");
                } catch (IOException e) {
                    throw new StoreException("cannot write in the store folder " + location + ": " + e.getMessage(), e);
                }
            }
            if (bulk) {
                try {
                    Files.writeString(location.resolve(BULK_MARKER), "a first load is running or was interrupted\n");
                } catch (IOException e) {
                    throw new StoreException("cannot write in the store folder " + location + ": " + e.getMessage(), e);
                }
                bulkLoader = LoaderFactory.parallelLoader(base, (fmt, args) -> {});
                bulkLoader.startBulk();
                bulkStream = bulkLoader.stream();
                bulkStream.start();
            } else {
                bulkLoader = null;
                bulkStream = null;
            }
        }

        @Override public void accept(Node g, List<Quad> given) {
            List<Quad> graph = new ArrayList<>(new LinkedHashSet<>(given));
            quads += graph.size();
            boolean inParts = g.equals(DOCUMENTS) || g.equals(CLOSURE);
            if (g.equals(CLOSURE)) {
                closureGiven = true;
                for (Quad q : graph) if (q.getPredicate().equals(VND.lineageAncestor)) closure++;
            }
            if (bulk) {
                for (Quad q : graph) {
                    bulkStream.quad(q);
                    if (INDEXED.contains(q.getPredicate())) {
                        var e = org.apache.jena.query.text.TextQueryFuncs.entityFromQuad(index.getDocDef(), q);
                        if (e != null) index.addEntity(e);
                    }
                }
                if (inParts) {
                    parts.computeIfAbsent(g, Parts::new).hash.addAll(graph);
                } else {
                    bulkStream.quad(Quad.create(STATE, g, GRAPH_HASH, NodeFactory.createLiteralString(QuadHash.of(graph))));
                    written++;
                }
                return;
            }
            if (inParts) {
                parts.computeIfAbsent(g, Parts::new).spool(graph);
                return;
            }
            String hash = QuadHash.of(graph);
            if (hash.equals(Txn.calculateRead(base, () -> storedHash(g)))) {
                unchanged++;
                return;
            }
            pending.addAll(graph);
            pendingHashes.put(g, hash);
            if (pending.size() >= BATCH_QUADS) flush();
        }

        /** Replaces the pending graphs in one write transaction: each graph is either all old or all new. */
        private void flush() {
            if (pendingHashes.isEmpty()) return;
            Txn.executeWrite(dataset, () -> {
                pendingHashes.keySet().forEach(LineageStore.this::clear);
                pending.forEach(dataset.asDatasetGraph()::add);
                pendingHashes.forEach(LineageStore.this::recordHash);
            });
            written += pendingHashes.size();
            pending.clear();
            pendingHashes.clear();
        }

        /** A graph that comes in parts: its running hash and, for a load into a store with data, a spool file. */
        private final class Parts {
            final Node name;
            final QuadHash hash = new QuadHash();
            Path spool;
            java.io.Writer out;

            Parts(Node name) { this.name = name; }

            void spool(List<Quad> part) {
                try {
                    if (out == null) {
                        spool = Files.createTempFile("lineage-graph", ".nq");
                        out = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
                    }
                    for (Quad q : part) out.write(NTerms.line(q));
                } catch (IOException e) {
                    throw new StoreException("cannot write a temporary file for graph " + name.getURI() + ": " + e.getMessage(), e);
                }
                hash.addAll(part);
            }

            /** Loads the spooled graph, when it changed: its old hash goes first, its new one with the last batch. */
            void load() throws IOException {
                out.close();
                String hex = hash.hex();
                if (hex.equals(Txn.calculateRead(base, () -> storedHash(name)))) {
                    unchanged++;
                    return;
                }
                Txn.executeWrite(dataset, () -> clear(name));
                crashPoint(name.equals(DOCUMENTS) ? "documents-cleared" : "closure-cleared");
                List<Quad> batch = new ArrayList<>();
                org.apache.jena.riot.RDFParser.source(spool).lang(org.apache.jena.riot.Lang.NQUADS)
                        .parse(new org.apache.jena.riot.system.StreamRDFBase() {
                            @Override public void quad(Quad q) {
                                batch.add(q);
                                if (batch.size() >= BATCH_QUADS) addBatch(batch, null);
                            }
                        });
                addBatch(batch, hex);
                written++;
            }

            private void addBatch(List<Quad> batch, String hex) {
                Txn.executeWrite(dataset, () -> {
                    DatasetGraph dsg = dataset.asDatasetGraph();
                    batch.forEach(dsg::add);
                    if (hex != null) {
                        recordHash(name, hex);
                        if (name.equals(CLOSURE)) recordClosureSize(closure);
                    }
                });
                batch.clear();
            }
        }

        @Override public void finish() {
            if (report != null) return;
            try {
                if (bulk) {
                    for (Parts p : parts.values()) {
                        bulkStream.quad(Quad.create(STATE, p.name, GRAPH_HASH, NodeFactory.createLiteralString(p.hash.hex())));
                        written++;
                    }
                    if (closureGiven) bulkStream.quad(closureSizeQuad(closure));
                    bulkStream.finish();
                    bulkLoader.finishBulk();
                    index.prepareCommit();
                    index.commit();
                    crashPoint("bulk-loaded");
                } else {
                    flush();
                    crashPoint("graphs-written");
                    for (Parts p : parts.values()) if (p.out != null) p.load();
                    removeGone();
                }
            } catch (IOException e) {
                throw new StoreException("cannot finish the load into " + location + ": " + e.getMessage(), e);
            } finally {
                for (Parts p : parts.values()) if (p.spool != null) p.spool.toFile().delete();
            }
            boolean changed = written > 0 || redo;
            if (!closureGiven) closure = Txn.calculateRead(base, LineageStore.this::closureSize);
            crashPoint("parts-loaded");
            if (!bulk && changed) {
                // Deletes through the text dataset can drop an entry another graph still holds: index anew, as a fresh load would.
                reindex();
                // Replaced graphs leave their old blocks behind: TDB2 grows on every reload until compacted.
                DatabaseMgr.compact(base, true);
            }
            try {
                Files.deleteIfExists(location.resolve(bulk ? BULK_MARKER : LOAD_MARKER));
            } catch (IOException e) {
                throw new StoreException("cannot finish the load into " + location + ": " + e.getMessage(), e);
            }
            interrupted = false;
            report = new LoadReport(written, unchanged, closure, quads, bulk, 0);
        }

        /** Source graphs of files the store no longer holds (dropped, or gone from the folder) are removed. */
        private void removeGone() {
            for (String f : sourceFiles()) {
                if (keepFile.test(f)) continue;
                Node g = NodeFactory.createURI(VND.GRAPH_SOURCE + f);
                Txn.executeWrite(dataset, () -> clear(g));
                written++;
            }
        }

        public LoadReport report() {
            if (report == null) throw new IllegalStateException("finish() the load first");
            return report;
        }
    }

    private String storedHash(Node g) {
        var it = base.find(STATE, g, GRAPH_HASH, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /** Removes a source file and loads the rest again (see {@link #remove}); true if the store held it. */
    public boolean drop(String fileName) { return remove(fileName, b -> b); }

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

    /** Empties a graph and forgets its hash; in the caller's write transaction. */
    private void clear(Node g) {
        // Quad by quad, so the text index forgets the old literals too.
        DatasetGraph dsg = dataset.asDatasetGraph();
        List<Quad> old = new ArrayList<>();
        base.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(old::add);
        old.forEach(dsg::delete);
        base.deleteAny(STATE, g, GRAPH_HASH, Node.ANY);
    }

    /** A store made by an older version kept its graph hashes under vnd:sha256: they move to {@link #GRAPH_HASH}. */
    private void moveOldHashes() {
        if (!Txn.calculateRead(base, () -> base.find(STATE, Node.ANY, VND.sha256, Node.ANY).hasNext())) return;
        Txn.executeWrite(base, () -> {
            List<Quad> old = new ArrayList<>();
            base.find(STATE, Node.ANY, VND.sha256, Node.ANY).forEachRemaining(old::add);
            for (Quad q : old) {
                base.delete(q);
                base.add(STATE, q.getSubject(), GRAPH_HASH, q.getObject());
            }
        });
    }

    private void recordHash(Node g, String hash) { base.add(STATE, g, GRAPH_HASH, NodeFactory.createLiteralString(hash)); }

    /** The closure's size as last loaded (0 if none); in the caller's read transaction. */
    private int closureSize() {
        var it = base.find(STATE, CLOSURE, VND.closureSize, Node.ANY);
        return it.hasNext() ? Integer.parseInt(it.next().getObject().getLiteralLexicalForm()) : 0;
    }

    private static Quad closureSizeQuad(int n) {
        return Quad.create(STATE, CLOSURE, VND.closureSize, NodeFactory.createLiteralDT(String.valueOf(n),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
    }

    /** In the caller's write transaction. */
    private void recordClosureSize(int n) {
        base.deleteAny(STATE, CLOSURE, VND.closureSize, Node.ANY);
        base.add(closureSizeQuad(n));
    }

    /** The content hash of a graph as stored: see {@link QuadHash}. */
    static String hash(List<Quad> quads) { return QuadHash.of(quads); }

    /** Closes the index and releases the store folder (and its lock) for another process or a later open. */
    @Override public void close() {
        try {
            index.close();
        } finally {
            TDBInternal.expel(base);
        }
    }
}
