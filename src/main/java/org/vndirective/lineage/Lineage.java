package org.vndirective.lineage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.vndirective.lineage.extract.Extractor;
import org.vndirective.lineage.extract.FileExtraction;
import org.vndirective.lineage.rdf.GraphBuilder;
import org.vndirective.lineage.rdf.Iris;
import org.vndirective.lineage.rdf.Shapes;
import org.vndirective.lineage.resolve.CentralDocuments;
import org.vndirective.lineage.resolve.Places;
import org.vndirective.lineage.resolve.RegistryPlaces;
import org.vndirective.lineage.resolve.ResolvedCorpus;
import org.vndirective.lineage.resolve.Resolver;
import org.vndirective.lineage.resolve.Scopes;
import org.vndirective.lineage.extract.DocTypes;
import org.vndirective.lineage.text.Decoder;
import org.vndirective.lineage.text.SourceText;
import org.vndirective.lineage.vocab.VND;

/**
 * The facade: text files in, a lineage dataset out. Everything else (store, server, benchmarks, CLI) goes through
 * here, the way RDF4J's {@code Rio} fronts its parsers.
 */
public final class Lineage {
    private static final Shapes SHAPES = Shapes.load();

    private Lineage() {}

    /** Told as files finish, for a progress bar. */
    public interface Listener {
        Listener NONE = (done, total) -> {};

        void progress(int done, int total);
    }

    /**
     * Reads every file under the given paths (folders are walked, sorted by name), extracts documents, mentions
     * and links, resolves them across files and returns the dataset. Bad files are reported and skipped; the rest
     * goes on. Deterministic: the same inputs give the same quads.
     */
    public static IngestResult ingest(List<Path> inputs) { return ingest(inputs, Listener.NONE); }

    public static IngestResult ingest(List<Path> inputs, Listener listener) {
        return ingest(inputs, listener, Decoder.standard(), RegistryPlaces.standard());
    }

    public static IngestResult ingest(List<Path> inputs, Listener listener, Decoder decoder, Places places) {
        List<Problem> problems = new ArrayList<>();
        List<Input> files = collect(inputs, problems);
        List<IngestResult.FileReport> reports = new ArrayList<>();
        List<SourceText> texts = new ArrayList<>();
        for (Input in : files) {
            Decoder.Result r = read(in, decoder);
            if (r instanceof Decoder.Decoded d) {
                texts.add(d.text());
                reports.add(new IngestResult.FileReport(in.name, in.path.toString(), Iris.graph(in.name).getURI(),
                        d.text().sha256(), true));
            } else {
                problems.add(Problem.skipped(in.name, ((Decoder.Rejected) r).reason()));
                reports.add(new IngestResult.FileReport(in.name, in.path.toString(), null, null, false));
            }
        }
        Extractor extractor = Extractor.standard();
        AtomicInteger done = new AtomicInteger();
        List<FileExtraction> extracted = texts.parallelStream().map(t -> {
            FileExtraction x = extractor.extract(t);
            listener.progress(done.incrementAndGet(), texts.size());
            return x;
        }).toList();
        extracted.forEach(x -> problems.addAll(x.problems()));

        Resolver resolver = new Resolver(places, Scopes.standard(), CentralDocuments.standard(), DocTypes.standard());
        ResolvedCorpus corpus = resolver.resolve(extracted, problems);

        DatasetGraph ds = DatasetGraphFactory.create();
        GraphBuilder.documents(corpus).forEach(ds::add);
        int links = 0, mentions = 0, unresolved = 0;
        for (ResolvedCorpus.ResolvedFile f : corpus.files()) {
            GraphBuilder.file(f).forEach(ds::add);
            links += f.links().size();
            mentions += f.mentions().size();
            unresolved += (int) f.mentions().stream().filter(m -> !m.resolution().equals("resolved")).count();
        }
        reference(places).forEach(ds::add);

        int skipped = (int) reports.stream().filter(r -> !r.used()).count();
        int warnings = (int) problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
        var summary = new IngestResult.Summary(reports.size(), skipped, corpus.docs().size(), links, mentions, unresolved, warnings);
        Shapes.Result shapes = SHAPES.validate(ds);
        return new IngestResult(ds, List.copyOf(reports), summary, List.copyOf(problems), shapes.violations());
    }

    /** Ontology, document types and bodies, in the reference graph so queries can read labels. */
    public static List<Quad> reference(Places places) {
        Node g = NodeFactory.createURI(VND.GRAPH_REFERENCE);
        List<Quad> out = new ArrayList<>();
        for (String ttl : List.of("/ontology/vnd.ttl", "/ontology/doc-types.ttl")) {
            try (InputStream in = Lineage.class.getResourceAsStream(ttl)) {
                if (in == null) continue;
                RDFParser.source(in).lang(Lang.TURTLE).parse(new StreamRDFBase() {
                    @Override public void triple(Triple t) { out.add(Quad.create(g, t)); }
                });
            } catch (IOException e) {
                throw new IllegalStateException("cannot read packaged " + ttl, e);
            }
        }
        places.writeReference(q -> out.add(q), g);
        return out;
    }

    private record Input(String name, Path path) {}

    private static List<Input> collect(List<Path> inputs, List<Problem> problems) {
        List<Input> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                // A folder's texts are its .txt files; anything else beside them (notes, JSON, PDFs) is left alone.
                try (Stream<Path> walk = Files.walk(p)) {
                    List<Path> files = walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted(Comparator.comparing(f -> p.relativize(f).toString())).toList();
                    List<Path> other = files.stream().filter(f -> !isText(f)).toList();
                    files.stream().filter(Lineage::isText)
                            .forEach(f -> out.add(new Input(p.relativize(f).toString().replace('\\', '/'), f)));
                    if (!other.isEmpty()) {
                        problems.add(Problem.warning(p.toString(), "ignored %d files that are not .txt (e.g. %s)"
                                .formatted(other.size(), p.relativize(other.get(0)))));
                    }
                } catch (IOException e) {
                    problems.add(Problem.skipped(p.toString(), "cannot read folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(new Input(p.getFileName().toString(), p));
            } else {
                problems.add(Problem.skipped(p.toString(), Files.exists(p) ? "not a regular file" : "no such file or folder"));
            }
        }
        return out;
    }

    private static boolean isText(Path f) {
        return f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt");
    }

    private static Decoder.Result read(Input in, Decoder decoder) {
        try {
            long size = Files.size(in.path);
            if (size > decoder.maxBytes()) return decoder.tooLarge(size);
            return decoder.decode(in.name, in.path.toString(), Files.readAllBytes(in.path));
        } catch (IOException e) {
            return new Decoder.Rejected("cannot read: " + e.getMessage());
        }
    }
}
