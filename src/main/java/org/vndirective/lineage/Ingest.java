package org.vndirective.lineage;

import org.vndirective.lineage.report.IngestResult;
import org.vndirective.lineage.report.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.vndirective.lineage.Inputs.Input;
import org.vndirective.lineage.extract.DocTypes;
import org.vndirective.lineage.extract.Extractor;
import org.vndirective.lineage.extract.FileExtraction;
import org.vndirective.lineage.rdf.GraphBuilder;
import org.vndirective.lineage.read.DocumentReader;
import org.vndirective.lineage.rdf.GraphSink;
import org.vndirective.lineage.rdf.SearchText;
import org.vndirective.lineage.rdf.Iris;
import org.vndirective.lineage.rdf.LineageClosure;
import org.vndirective.lineage.rdf.Shapes;
import org.vndirective.lineage.resolve.CentralDocuments;
import org.vndirective.lineage.resolve.HeaderDates;
import org.vndirective.lineage.resolve.Observation;
import org.vndirective.lineage.resolve.ObservationGroups;
import org.vndirective.lineage.resolve.Places;
import org.vndirective.lineage.resolve.RegistryPlaces;
import org.vndirective.lineage.resolve.ResolvedCorpus;
import org.vndirective.lineage.resolve.Resolver;
import org.vndirective.lineage.resolve.Scopes;
import org.vndirective.lineage.resolve.YearIndex;
import org.vndirective.lineage.text.Decoder;
import org.vndirective.lineage.text.SourceText;
import org.vndirective.lineage.vocab.VND;

/**
 * The ingest as a stream, so memory does not grow with the corpus. Pass 1 reads and extracts every file and keeps
 * only the years each series is known at ({@link YearIndex}); pass 2 extracts again, resolves each file against
 * that index and hands its graph to the sink at once, filing what it says of each document; last, the documents
 * are merged one at a time (spilled to disk for large corpora) and go to the sink in parts. Small corpora keep
 * their extractions from pass 1 instead of extracting twice. Built like Jena's {@code RDFParser}:
 * {@code Ingest.create().inputs(...).build().run(sink)}.
 */
public final class Ingest {
    private static final Shapes SHAPES = Shapes.load();
    private static final Node DOCUMENTS = NodeFactory.createURI(VND.GRAPH_DOCUMENTS);
    private static final Node REFERENCE = NodeFactory.createURI(VND.GRAPH_REFERENCE);
    private static final int CHUNK = 256;
    private static final int DOCS_PER_PART = 4096;
    /** Mentions and links per part of a file's check: some MB of heap (a whole 12 MB file's took over 512 MB). */
    static final int VALIDATE_PART = 4096;

    private final List<Path> inputs;
    private final Decoder decoder;
    private final DocumentReader documents;
    private final Places places;
    private final Lineage.Listener listener;
    private final Consumer<Problem> problems;
    private final Consumer<IngestResult.FileReport> reports;
    private final int keepUpTo;
    private final int spillAbove;
    private final int validateEvery;
    private final Function<SourceText, FileExtraction> extractor;
    private final Path errorLog;

    private Ingest(Builder b) {
        this.inputs = List.copyOf(b.inputs);
        this.decoder = b.decoder;
        this.documents = b.documents != null ? b.documents : DocumentReader.builder().decoder(b.decoder).build();
        this.places = b.places;
        this.listener = b.listener;
        this.problems = b.problems;
        this.reports = b.reports;
        this.keepUpTo = b.keepUpTo;
        this.spillAbove = b.spillAbove;
        this.validateEvery = b.validateEvery;
        this.extractor = b.extractor;
        this.errorLog = b.errorLog;
    }

    public static Builder create() { return new Builder(); }

    public static final class Builder {
        private List<Path> inputs = List.of();
        private Decoder decoder = Decoder.standard();
        private DocumentReader documents;
        private Places places = RegistryPlaces.standard();
        private Lineage.Listener listener = Lineage.Listener.NONE;
        private Consumer<Problem> problems = p -> {};
        private Consumer<IngestResult.FileReport> reports = r -> {};
        private int keepUpTo = 2_000;
        private int spillAbove = 20_000;
        private int validateEvery = 1;
        private Function<SourceText, FileExtraction> extractor;
        private Path errorLog;

        public Builder inputs(List<Path> inputs) { this.inputs = inputs; return this; }
        public Builder decoder(Decoder decoder) { this.decoder = decoder; return this; }
        /** Reads PDF, Word, HTML and Markdown files (default: the standard reader, with this decoder for Markdown). */
        public Builder documents(DocumentReader documents) { this.documents = documents; return this; }
        public Builder places(Places places) { this.places = places; return this; }
        public Builder listener(Lineage.Listener listener) { this.listener = listener; return this; }
        /** Told of each problem as it is found. */
        public Builder problems(Consumer<Problem> problems) { this.problems = problems; return this; }
        /** Who is told of problems, for a caller that finds some before the ingest (the store copying texts). */
        public Consumer<Problem> problems() { return problems; }
        /** Told of each input file once it is read (or skipped). */
        public Builder reports(Consumer<IngestResult.FileReport> reports) { this.reports = reports; return this; }
        /** Corpora of at most this many files keep their extractions between the passes (default 2,000). */
        public Builder keepExtractionsUpTo(int files) { this.keepUpTo = files; return this; }
        /** Corpora of more files merge documents through spill files on disk (default 20,000). */
        public Builder spillAbove(int files) { this.spillAbove = files; return this; }
        /** Validate every n-th file's graph against the shapes (default 1: all); documents are always validated. */
        public Builder validateEvery(int n) { this.validateEvery = Math.max(1, n); return this; }

        /** The extraction stage (default: {@link Extractor#standard()}); tests put a failing one here. */
        public Builder extractor(Function<SourceText, FileExtraction> extractor) { this.extractor = extractor; return this; }
        /** Where stack traces of internal errors go (default: a new temporary file, made at the first error). */
        public Builder errorLog(Path file) { this.errorLog = file; return this; }

        public Ingest build() { return new Ingest(this); }
    }

    /**
     * What a run did: the counts, any shape violations (a bug of ours), how many graphs were validated, and the file
     * holding the stack traces of internal errors (null when there were none).
     */
    public record Outcome(IngestResult.Summary summary, List<String> shapeViolations, int graphsValidated, Path errorLog) {
        public boolean conforms() { return shapeViolations.isEmpty(); }
    }

    /** Runs the ingest into {@code out}; the lineage closure comes last, before {@code finish()}. */
    public Outcome run(GraphSink out) {
        GraphSink sink = new LineageClosure(new SearchText(out));
        Counts n = new Counts();
        Consumer<Problem> tell = p -> {
            switch (p.severity()) {
                case WARNING -> n.warnings++;
                case ERROR -> n.errors++;
                case SKIPPED -> { }
            }
            problems.accept(p);
        };
        Failures failures = new Failures(errorLog);
        Inputs files = InputWalk.collect(inputs, (name, path, reason) -> {
            n.unlisted++;
            skip(n, tell, new Input(Path.of(path), ""), name, Problem.skipped(name, reason));
        }, tell);
        Function<SourceText, FileExtraction> extract = extractor != null ? extractor : Extractor.standard()::extract;
        Resolver resolver = new Resolver(places, Scopes.standard(), CentralDocuments.standard(), DocTypes.standard());
        boolean keep = files.size() <= keepUpTo;
        List<FileExtraction> kept = new ArrayList<>();
        BitSet skipped = new BitSet(files.size());
        AtomicInteger done = new AtomicInteger();

        // Pass 1: read, extract, index the years each series is known at.
        listener.pass(1, 2);
        YearIndex index = resolver.newIndex();
        for (int from = 0; from < files.size(); from += CHUNK) {
            List<Input> chunk = IntStream.range(from, Math.min(files.size(), from + CHUNK))
                    .mapToObj(files::get).toList();
            List<Read> got = chunk.parallelStream().map(in -> {
                Read r = read(in, extract);
                listener.progress(done.incrementAndGet(), files.size());
                return r;
            }).toList();
            for (int i = 0; i < got.size(); i++) {
                Input in = chunk.get(i);
                Read r = got.get(i);
                List<Observation> facts = null;
                if (r.extraction() != null) {
                    try {
                        facts = resolver.datedFacts(r.extraction());
                    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                        r = new Read(null, null, e);
                    }
                }
                if (facts != null) {
                    r.extraction().problems().forEach(tell);
                    for (Observation o : facts) index.add(o.series(), o.year(), o.bodyId());
                    if (keep) kept.add(r.extraction());
                } else {
                    skipped.set(from + i);
                    skip(n, tell, in, in.fileName(), r.failure() != null ? failures.log(in.fileName(), in.path().toString(), "reading", r.failure())
                            : Problem.skipped(in.fileName(), r.rejected()));
                }
            }
        }

        // Pass 2: resolve each file, hand its graph on, file what it says of each document.
        listener.pass(2, 2);
        done.set(0);
        List<Quad> reference = Lineage.reference(places);
        Graph referenceGraph = GraphFactory.createDefaultGraph();
        reference.forEach(q -> referenceGraph.add(q.asTriple()));
        List<String> violations = new ArrayList<>();
        try (ObservationGroups groups = files.size() > spillAbove
                ? ObservationGroups.spilling(spillDir(), spillPartitions(files.size())) : ObservationGroups.inMemory()) {
            // The reference data's documents (central ones), counted apart: those no file spoke of are not the user's.
            java.util.Map<org.vndirective.lineage.resolve.DocKey, Integer> central = new java.util.HashMap<>();
            for (Observation.Keyed k : resolver.centralFacts()) {
                groups.add(k);
                central.merge(k.key(), 1, Integer::sum);
            }
            int[] used = IntStream.range(0, files.size()).filter(i -> !skipped.get(i)).toArray();
            for (int from = 0; from < used.length; from += CHUNK) {
                List<FileOut> outs = IntStream.range(from, Math.min(used.length, from + CHUNK)).parallel().mapToObj(u -> {
                    // Taken out of the list (no two threads take the same one), so it goes as soon as its file is done.
                    FileOut o = resolve(files.get(used[u]), keep ? kept.set(u, null) : null, extract, resolver, index,
                            used[u] % validateEvery == 0 ? referenceGraph : null);
                    listener.progress(done.incrementAndGet(), used.length);
                    return o;
                }).collect(Collectors.toCollection(ArrayList::new));
                for (int k = 0; k < outs.size(); k++) {
                    FileOut o = outs.set(k, null); // each file's data let go of once it is written
                    if (o.resolution == null) {
                        skip(n, tell, o.in, o.in.fileName(), o.failure != null ? failures.log(o.in.fileName(), o.in.path().toString(), "resolving", o.failure)
                                : Problem.skipped(o.in.fileName(), o.rejected));
                        continue;
                    }
                    ResolvedCorpus.ResolvedFile f = o.resolution.file();
                    Node g = Iris.graph(f.extraction().fileName());
                    sink.accept(g, o.quads);
                    reports.accept(new IngestResult.FileReport(o.in.fileName(), o.in.path().toString(), g.getURI(),
                            f.extraction().text().source().sha256(), true));
                    o.resolution.observations().forEach(groups::add);
                    o.resolution.problems().forEach(tell);
                    if (o.violations != null) {
                        n.validated++;
                        violations.addAll(o.violations);
                    }
                    n.links += f.links().size();
                    n.mentions += f.mentions().size();
                    for (ResolvedCorpus.ResolvedMention m : f.mentions()) {
                        if (m.resolution().equals("unresolved")) n.unresolved++;
                        else if (m.resolution().equals("ambiguous")) n.ambiguous++;
                    }
                }
            }
            if (keep) kept.clear();

            // Last: every document once, merged from all that was said of it.
            List<Quad> part = new ArrayList<>();
            int[] inPart = {0};
            groups.forEachGroup((key, obs, candidates) -> {
                List<Quad> doc = new ArrayList<>();
                try {
                    GraphBuilder.document(resolver.merge(key, obs, candidates, tell), doc);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    String file = obs.firstFile() == null ? "(reference data)" : obs.firstFile();
                    tell.accept(failures.log(file, file, "merging document " + key.path(), e));
                    return;
                }
                part.addAll(doc);
                Integer facts = central.get(key);
                if (facts != null && obs.size() <= facts) n.referenceDocuments++;
                else n.documents++;
                if (++inPart[0] == DOCS_PER_PART) {
                    flushDocuments(sink, part, referenceGraph, violations, n);
                    inPart[0] = 0;
                }
            });
            flushDocuments(sink, part, referenceGraph, violations, n);
        }
        sink.accept(REFERENCE, reference);
        sink.finish();
        var summary = new IngestResult.Summary(files.size() + n.unlisted, n.skipped, n.documents, n.referenceDocuments, n.links, n.mentions,
                n.unresolved, n.ambiguous, n.warnings, n.errors);
        violations.sort(null);
        return new Outcome(summary, List.copyOf(violations), n.validated, failures.file());
    }

    /** An input left out: counted, said, reported. */
    private void skip(Counts n, Consumer<Problem> tell, Input in, String name, Problem why) {
        n.skipped++;
        tell.accept(why);
        reports.accept(new IngestResult.FileReport(name, in.path().toString(), null, null, false));
    }

    /**
     * Pass 2 for one file; an exception here is the file's, not the batch's, and so is running out of heap or stack
     * (the JVM recovers once the file's data is let go of).
     */
    private FileOut resolve(Input in, FileExtraction kept, Function<SourceText, FileExtraction> extract, Resolver resolver,
                            YearIndex index, Graph validateOver) {
        FileExtraction x = kept;
        if (x == null) {
            // Read again: the file may have changed or gone since pass 1.
            Read r = read(in, extract);
            if (r.extraction() == null) return new FileOut(in, null, null, null, r.rejected(), r.failure());
            x = r.extraction();
        }
        Resolver.FileResolution r = null;
        List<Quad> quads = null;
        try {
            r = resolver.resolveFile(x, index);
            quads = GraphBuilder.file(r.file());
            List<String> v = validateOver != null ? validateFile(r.file(), quads, validateOver) : null;
            return new FileOut(in, r, quads, v, null, null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // After an OutOfMemoryError the batch goes on only if this file's data can be collected: drop it first.
            x = null;
            r = null;
            quads = null;
            return new FileOut(in, null, null, null, null, e);
        }
    }

    private static final class Counts {
        int skipped, unlisted, documents, referenceDocuments, links, mentions, unresolved, ambiguous, warnings, errors, validated;
    }

    /** One file's pass 2: its resolution and quads, or why it was left out. */
    private record FileOut(Input in, Resolver.FileResolution resolution, List<Quad> quads, List<String> violations,
                           String rejected, Throwable failure) {}

    private static void flushDocuments(GraphSink sink, List<Quad> part, Graph reference, List<String> violations, Counts n) {
        if (part.isEmpty()) return;
        Graph g = GraphFactory.createDefaultGraph();
        part.forEach(q -> g.add(q.asTriple()));
        violations.addAll(SHAPES.validate(new Union(g, reference)).violations());
        n.validated++;
        sink.accept(DOCUMENTS, List.copyOf(part));
        part.clear();
    }

    /**
     * A file's graph over the reference data, with the documents it names typed as such (the documents graph, which
     * types them for real, comes last), so the per-file shapes can be checked as soon as the file is done; in parts
     * of {@value #VALIDATE_PART} mentions and links, so a dense file's check fits the heap. Public for the bench,
     * which times it as a stage.
     */
    public static List<String> validateFile(ResolvedCorpus.ResolvedFile f, List<Quad> quads, Graph reference) {
        return validateFile(f, quads, reference, VALIDATE_PART);
    }

    static List<String> validateFile(ResolvedCorpus.ResolvedFile f, List<Quad> quads, Graph reference, int part) {
        Set<Node> docs = new HashSet<>();
        docs.add(Iris.doc(f.self().path()));
        f.mentions().forEach(m -> docs.add(Iris.doc(m.key().path())));
        f.links().forEach(l -> { docs.add(Iris.doc(l.subject().path())); docs.add(Iris.doc(l.object().path())); });
        // The documents themselves are judged with the documents graph, where their type and label are.
        return SHAPES.validateFile(quads, docs, reference, part).violations();
    }

    /**
     * One spill partition is read back into memory at a time, so their number grows with the corpus: about 8,000 files'
     * observations each (tens of MB of heap), from 64 up to 1,024 open files.
     */
    static int spillPartitions(int files) { return Math.max(64, Math.min(1024, files / 8000)); }

    private Path spillDir() {
        try {
            return Files.createTempDirectory("lineage-spill");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the ingest: " + e.getMessage(), e);
        }
    }

    /** A file's extraction, or the reason it cannot be used, or the exception it met (a bug of ours). */
    private record Read(FileExtraction extraction, String rejected, Throwable failure) {}

    private Read read(Input in, Function<SourceText, FileExtraction> extract) {
        Decoder.Result r;
        try {
            if (DocumentReader.handles(in.fileName())) {
                r = documents.read(in.fileName(), in.path());
            } else {
                long size = Files.size(in.path());
                r = size > decoder.maxBytes() ? decoder.tooLarge(size)
                        : decoder.decode(in.fileName(), in.path().toString(), Files.readAllBytes(in.path()));
            }
        } catch (IOException e) {
            r = new Decoder.Rejected("cannot read: " + InputWalk.reason(e));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Read(null, null, e);
        }
        if (!(r instanceof Decoder.Decoded d)) return new Read(null, ((Decoder.Rejected) r).reason(), null);
        try {
            return new Read(HeaderDates.standard().check(extract.apply(d.text())), null, null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Read(null, null, e);
        }
    }
}
