package org.vndirective.lineage;

import org.vndirective.lineage.report.IngestResult;
import org.vndirective.lineage.report.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.vndirective.lineage.rdf.GraphSink;
import org.vndirective.lineage.resolve.Places;
import org.vndirective.lineage.resolve.RegistryPlaces;
import org.vndirective.lineage.text.Decoder;
import org.vndirective.lineage.vocab.VND;

/**
 * The facade: text files in, a lineage dataset out. Everything else (store, server, benchmarks, CLI) goes through
 * here, the way RDF4J's {@code Rio} fronts its parsers.
 */
public final class Lineage {
    private Lineage() {}

    /** Told as files finish, for a progress bar: each pass counts the files from 0 to its total. */
    public interface Listener {
        Listener NONE = (done, total) -> {};

        void progress(int done, int total);

        /** A pass over the files starts (1 of 2: read and extract; 2 of 2: resolve and write). */
        default void pass(int pass, int passes) {}
    }

    /**
     * Reads every file under the given paths (folders are walked, sorted by name), extracts documents, mentions
     * and links, resolves them across files and returns the dataset, in memory: for large corpora use
     * {@link Ingest} with a {@link GraphSink} instead. Bad files are reported and skipped; the rest
     * goes on. Deterministic: the same inputs give the same quads.
     */
    public static IngestResult ingest(List<Path> inputs) { return ingest(inputs, Listener.NONE); }

    public static IngestResult ingest(List<Path> inputs, Listener listener) {
        return ingest(inputs, listener, Decoder.standard(), RegistryPlaces.standard());
    }

    public static IngestResult ingest(List<Path> inputs, Listener listener, Decoder decoder, Places places) {
        List<Problem> problems = new ArrayList<>();
        List<IngestResult.FileReport> reports = new ArrayList<>();
        DatasetGraph ds = DatasetGraphFactory.create();
        Ingest.Outcome o = Ingest.create().inputs(inputs).listener(listener).decoder(decoder).places(places)
                .problems(problems::add).reports(reports::add).build().run(GraphSink.into(ds));
        return new IngestResult(ds, List.copyOf(reports), o.summary(), List.copyOf(problems), o.shapeViolations());
    }

    /** A file an ingest of some paths reads: where it is, and its name (relative to the folder given, or its own). */
    public record Found(Path path, String name) {}

    /**
     * The files an ingest of {@code inputs} reads, found as it finds them (one walker for both: folders walked with
     * links followed, hidden files included, texts and documents kept); what cannot be used is told as a skipped
     * problem, and the other files of a folder in one warning, as the ingest tells them.
     */
    public static List<Found> walk(List<Path> inputs, java.util.function.Consumer<Problem> tell) {
        Inputs found = InputWalk.collect(inputs, (name, path, reason) -> tell.accept(Problem.skipped(name, reason)), tell);
        List<Found> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Inputs.Input in = found.get(i);
            out.add(new Found(in.path(), in.fileName()));
        }
        return out;
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
}
