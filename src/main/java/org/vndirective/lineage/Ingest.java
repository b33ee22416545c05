package org.vndirective.lineage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.vndirective.lineage.Inputs.Input;
import org.vndirective.lineage.extract.DocTypes;
import org.vndirective.lineage.extract.Extractor;
import org.vndirective.lineage.extract.FileExtraction;
import org.vndirective.lineage.rdf.GraphBuilder;
import org.vndirective.lineage.read.DocumentReader;
import org.vndirective.lineage.rdf.GraphSink;
import org.vndirective.lineage.rdf.Iris;
import org.vndirective.lineage.rdf.Shapes;
import org.vndirective.lineage.resolve.CentralDocuments;
import org.vndirective.lineage.resolve.ObservationGroups;
import org.vndirective.lineage.resolve.Places;
import org.vndirective.lineage.resolve.RegistryPlaces;
import org.vndirective.lineage.resolve.ResolvedCorpus;
import org.vndirective.lineage.resolve.Resolver;
import org.vndirective.lineage.resolve.Scopes;
import org.vndirective.lineage.resolve.YearIndex;
import org.vndirective.lineage.text.Decoder;
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

        public Builder inputs(List<Path> inputs) { this.inputs = inputs; return this; }
        public Builder decoder(Decoder decoder) { this.decoder = decoder; return this; }
        /** Reads PDF, Word, HTML and Markdown files (default: the standard reader, with this decoder for Markdown). */
        public Builder documents(DocumentReader documents) { this.documents = documents; return this; }
        public Builder places(Places places) { this.places = places; return this; }
        public Builder listener(Lineage.Listener listener) { this.listener = listener; return this; }
        /** Told of each problem as it is found. */
        public Builder problems(Consumer<Problem> problems) { this.problems = problems; return this; }
        /** Told of each input file once it is read (or skipped). */
        public Builder reports(Consumer<IngestResult.FileReport> reports) { this.reports = reports; return this; }
        /** Corpora of at most this many files keep their extractions between the passes (default 2,000). */
        public Builder keepExtractionsUpTo(int files) { this.keepUpTo = files; return this; }
        /** Corpora of more files merge documents through spill files on disk (default 20,000). */
        public Builder spillAbove(int files) { this.spillAbove = files; return this; }
        /** Validate every n-th file's graph against the shapes (default 1: all); documents are always validated. */
        public Builder validateEvery(int n) { this.validateEvery = Math.max(1, n); return this; }

        public Ingest build() { return new Ingest(this); }
    }

    /** What a run did: the counts, any shape violations (a bug of ours), and how many graphs were validated. */
    public record Outcome(IngestResult.Summary summary, List<String> shapeViolations, int graphsValidated) {
        public boolean conforms() { return shapeViolations.isEmpty(); }
    }

    public Outcome run(GraphSink sink) {
        Counts n = new Counts();
        Consumer<Problem> tell = p -> {
            if (p.severity() == Problem.Severity.WARNING) n.warnings++;
            problems.accept(p);
        };
        Inputs files = collect(tell);
        Extractor extractor = Extractor.standard();
        Resolver resolver = new Resolver(places, Scopes.standard(), CentralDocuments.standard(), DocTypes.standard());
        boolean keep = files.size() <= keepUpTo;
        List<FileExtraction> kept = new ArrayList<>();
        BitSet skipped = new BitSet(files.size());
        int total = files.size() * (keep ? 1 : 2);
        AtomicInteger done = new AtomicInteger();

        // Pass 1: read, extract, index the years each series is known at.
        YearIndex index = resolver.newIndex();
        for (int from = 0; from < files.size(); from += CHUNK) {
            List<Input> chunk = IntStream.range(from, Math.min(files.size(), from + CHUNK))
                    .mapToObj(files::get).toList();
            List<Read> got = chunk.parallelStream().map(in -> {
                Read r = read(in, extractor);
                listener.progress(done.incrementAndGet(), total);
                return r;
            }).toList();
            for (int i = 0; i < got.size(); i++) {
                Input in = chunk.get(i);
                FileExtraction x = got.get(i).extraction();
                if (x != null) {
                    reports.accept(new IngestResult.FileReport(in.fileName(), in.path().toString(),
                            Iris.graph(in.fileName()).getURI(), x.text().source().sha256(), true));
                    x.problems().forEach(tell);
                    for (var o : resolver.datedFacts(x)) index.add(o.series(), o.year(), o.bodyId());
                    if (keep) kept.add(x);
                } else {
                    skipped.set(from + i);
                    n.skipped++;
                    tell.accept(Problem.skipped(in.fileName(), got.get(i).rejected()));
                    reports.accept(new IngestResult.FileReport(in.fileName(), in.path().toString(), null, null, false));
                }
            }
        }

        // Pass 2: resolve each file, hand its graph on, file what it says of each document.
        List<Quad> reference = Lineage.reference(places);
        Graph referenceGraph = GraphFactory.createDefaultGraph();
        reference.forEach(q -> referenceGraph.add(q.asTriple()));
        List<String> violations = new ArrayList<>();
        try (ObservationGroups groups = files.size() > spillAbove
                ? ObservationGroups.spilling(spillDir(), spillPartitions(files.size())) : ObservationGroups.inMemory()) {
            resolver.centralFacts().forEach(groups::add);
            int[] used = IntStream.range(0, files.size()).filter(i -> !skipped.get(i)).toArray();
            for (int from = 0; from < used.length; from += CHUNK) {
                List<FileOut> outs = IntStream.range(from, Math.min(used.length, from + CHUNK)).parallel().mapToObj(u -> {
                    FileExtraction x = keep ? kept.get(u) : read(files.get(used[u]), extractor).extraction();
                    if (!keep) listener.progress(done.incrementAndGet(), total);
                    Resolver.FileResolution r = resolver.resolveFile(x, index);
                    List<Quad> quads = GraphBuilder.file(r.file());
                    List<String> v = used[u] % validateEvery == 0 ? validateFile(r.file(), quads, referenceGraph) : null;
                    return new FileOut(r, quads, v);
                }).toList();
                for (FileOut o : outs) {
                    Node g = Iris.graph(o.resolution.file().extraction().fileName());
                    sink.accept(g, o.quads);
                    o.resolution.observations().forEach(groups::add);
                    o.resolution.problems().forEach(tell);
                    if (o.violations != null) {
                        n.validated++;
                        violations.addAll(o.violations);
                    }
                    ResolvedCorpus.ResolvedFile f = o.resolution.file();
                    n.links += f.links().size();
                    n.mentions += f.mentions().size();
                    n.unresolved += (int) f.mentions().stream().filter(m -> !m.resolution().equals("resolved")).count();
                }
            }
            if (keep) kept.clear();

            // Last: every document once, merged from all that was said of it.
            List<Quad> part = new ArrayList<>();
            int[] inPart = {0};
            groups.forEachGroup((key, obs, candidates) -> {
                GraphBuilder.document(resolver.merge(key, obs, candidates, tell), part);
                n.documents++;
                if (++inPart[0] == DOCS_PER_PART) {
                    flushDocuments(sink, part, referenceGraph, violations, n);
                    inPart[0] = 0;
                }
            });
            flushDocuments(sink, part, referenceGraph, violations, n);
        }
        sink.accept(REFERENCE, reference);
        sink.finish();
        var summary = new IngestResult.Summary(files.size(), n.skipped, n.documents, n.links, n.mentions, n.unresolved, n.warnings);
        violations.sort(null);
        return new Outcome(summary, List.copyOf(violations), n.validated);
    }

    private static final class Counts {
        int skipped, documents, links, mentions, unresolved, warnings, validated;
    }

    private record FileOut(Resolver.FileResolution resolution, List<Quad> quads, List<String> violations) {}

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
     * types them for real, comes last), so the per-file shapes can be checked as soon as the file is done.
     */
    private static List<String> validateFile(ResolvedCorpus.ResolvedFile f, List<Quad> quads, Graph reference) {
        Graph g = GraphFactory.createDefaultGraph();
        quads.forEach(q -> g.add(q.asTriple()));
        java.util.Set<Node> docs = new java.util.HashSet<>();
        docs.add(Iris.doc(f.self().path()));
        f.mentions().forEach(m -> docs.add(Iris.doc(m.key().path())));
        f.links().forEach(l -> { docs.add(Iris.doc(l.subject().path())); docs.add(Iris.doc(l.object().path())); });
        for (Node d : docs) g.add(d, RDF.type.asNode(), VND.Document);
        // The documents themselves are judged with the documents graph, where their type and label are.
        return SHAPES.validate(new Union(g, reference), docs::contains).violations();
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

    /** A file's extraction, or the reason it cannot be used. */
    private record Read(FileExtraction extraction, String rejected) {}

    private Read read(Input in, Extractor extractor) {
        Decoder.Result r;
        try {
            if (DocumentReader.handles(in.fileName())) return read(documents.read(in.fileName(), in.path()), extractor);
            long size = Files.size(in.path());
            r = size > decoder.maxBytes() ? decoder.tooLarge(size)
                    : decoder.decode(in.fileName(), in.path().toString(), Files.readAllBytes(in.path()));
        } catch (IOException e) {
            r = new Decoder.Rejected("cannot read: " + e.getMessage());
        }
        return read(r, extractor);
    }

    private static Read read(Decoder.Result r, Extractor extractor) {
        if (r instanceof Decoder.Decoded d) return new Read(extractor.extract(d.text()), null);
        return new Read(null, ((Decoder.Rejected) r).reason());
    }

    private Inputs collect(Consumer<Problem> tell) {
        Inputs out = new Inputs();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                // A folder's texts are its .txt files and documents (PDF, Word, HTML, Markdown); anything else is left alone.
                List<String> names = new ArrayList<>();
                int other = 0;
                String example = null;
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                        if (f.getFileName().toString().startsWith(".")) continue;
                        String rel = p.relativize(f).toString().replace('\\', '/');
                        if (isText(f)) {
                            names.add(rel);
                        } else if (other++ == 0 || rel.compareTo(example) < 0) {
                            example = rel;
                        }
                    }
                } catch (IOException | UncheckedIOException e) {
                    tell.accept(Problem.skipped(p.toString(), "cannot read folder: " + e.getMessage()));
                    continue;
                }
                names.sort(Comparator.naturalOrder());
                for (String name : names) out.add(p, name);
                if (other > 0) {
                    tell.accept(Problem.warning(p.toString(), "ignored %d files that are not .txt or a document format (e.g. %s)".formatted(other, example)));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p, "");
            } else {
                tell.accept(Problem.skipped(p.toString(), Files.exists(p) ? "not a regular file" : "no such file or folder"));
            }
        }
        return out;
    }

    private static boolean isText(Path f) {
        String name = f.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".txt") || DocumentReader.handles(name);
    }
}
