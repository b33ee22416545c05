package org.vndirective.lineage.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/** The SHACL shapes of {@code ontology/shapes.ttl}, which every ingest output must conform to. */
public final class Shapes {
    private final org.apache.jena.shacl.Shapes shapes;

    private Shapes(Graph g) { this.shapes = org.apache.jena.shacl.Shapes.parse(g); }

    public static Shapes load() {
        try (InputStream in = Shapes.class.getResourceAsStream("/ontology/shapes.ttl")) {
            if (in == null) throw new IllegalStateException("ontology/shapes.ttl is missing from the jar");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new Shapes(g);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read ontology/shapes.ttl", e);
        }
    }

    /** Conforms, or not, with one readable line per violation. */
    public record Result(boolean conforms, List<String> violations) {}

    /** Validates the union of all named graphs (a document's facts are spread over several). */
    public Result validate(DatasetGraph ds) {
        Graph union = GraphFactory.createDefaultGraph();
        ds.find().forEachRemaining(q -> union.add(q.asTriple()));
        return validate(union);
    }

    /** Validates one graph (for a streaming ingest: a file's graph or a part of the documents, over the reference). */
    public Result validate(Graph data) { return validate(data, n -> false); }

    /** As {@link #validate(Graph)}, leaving out results about focus nodes that are judged elsewhere. */
    public Result validate(Graph data, java.util.function.Predicate<org.apache.jena.graph.Node> judgedElsewhere) {
        ValidationReport r = ShaclValidator.get().validate(shapes, data);
        List<String> out = new ArrayList<>();
        r.getEntries().stream().filter(e -> !judgedElsewhere.test(e.focusNode())).forEach(e -> out.add(NodeFmtLib.displayStr(e.focusNode())
                + (e.resultPath() == null ? "" : " " + e.resultPath()) + ": " + e.message()));
        out.sort(null);
        return new Result(out.isEmpty(), out);
    }
}
