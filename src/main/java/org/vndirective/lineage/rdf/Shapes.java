package org.vndirective.lineage.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.vndirective.lineage.vocab.VND;

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
    public Result validate(Graph data, Predicate<Node> judgedElsewhere) {
        List<String> out = violations(data, judgedElsewhere);
        out.sort(null);
        return new Result(out.isEmpty(), out);
    }

    private List<String> violations(Graph data, Predicate<Node> judgedElsewhere) {
        ValidationReport r = ShaclValidator.get().validate(shapes, data);
        List<String> out = new ArrayList<>();
        r.getEntries().stream().filter(e -> !judgedElsewhere.test(e.focusNode())).forEach(e -> out.add(NodeFmtLib.displayStr(e.focusNode())
                + (e.resultPath() == null ? "" : " " + e.resultPath()) + ": " + e.message()));
        return out;
    }

    /**
     * One file's graph, over the reference data, in parts of at most {@code part} mentions and link evidence nodes,
     * so the heap it takes does not grow with the file (a copy of a dense file's graph does not fit 512 MB). Each part
     * holds its nodes' own triples; what they point to that the shapes look at: "is a vnd:Document" for those among
     * {@code documents}, the link triple an evidence node describes; and the rest of the file that is neither a
     * node nor a document (the source file, what names it as its source). Results about {@code documents} are left
     * out (they are judged with the documents graph). The same violations as the whole graph with those documents
     * typed; the cost grows with the file, as each part is checked once.
     */
    public Result validateFile(List<Quad> quads, Set<Node> documents, Graph reference, int part) {
        Node type = RDF.type.asNode();
        Map<Node, Integer> partOf = new HashMap<>();
        for (Quad q : quads) {
            if (q.getPredicate().equals(type) && (q.getObject().equals(VND.Mention) || q.getObject().equals(VND.LinkEvidence))) {
                partOf.putIfAbsent(q.getSubject(), partOf.size() / part);
            }
        }
        int parts = Math.max(1, (partOf.size() + part - 1) / part);
        Set<Triple> shared = new HashSet<>();
        Set<Triple> betweenDocuments = new HashSet<>();
        int[] size = new int[parts];
        for (Quad q : quads) {
            Integer p = partOf.get(q.getSubject());
            if (p != null) size[p]++;
            else if (documents.contains(q.getSubject())) betweenDocuments.add(q.asTriple());
            if (p == null && (!documents.contains(q.getSubject()) || q.getPredicate().equals(DCTerms.source.asNode()))) {
                shared.add(q.asTriple());
            }
        }
        // Where each part's quads are, so each part is gathered in one go and not by a scan of the file per part.
        int[][] at = new int[parts][];
        for (int p = 0; p < parts; p++) at[p] = new int[size[p]];
        int[] filled = new int[parts];
        for (int i = 0; i < quads.size(); i++) {
            Integer p = partOf.get(quads.get(i).getSubject());
            if (p != null) at[p][filled[p]++] = i;
        }
        List<String> out = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            Graph g = GraphFactory.createDefaultGraph();
            shared.forEach(g::add);
            for (int i : at[p]) {
                Triple t = quads.get(i).asTriple();
                g.add(t);
                if (documents.contains(t.getObject())) g.add(Triple.create(t.getObject(), type, VND.Document));
            }
            at[p] = null;
            for (Node ev : g.find(Node.ANY, VND.linkSubject, Node.ANY).mapWith(Triple::getSubject).toSet()) {
                for (Node s : objects(g, ev, VND.linkSubject))
                    for (Node r : objects(g, ev, VND.linkRelation))
                        for (Node o : objects(g, ev, VND.linkObject)) {
                            Triple link = Triple.create(s, r, o);
                            if (betweenDocuments.contains(link)) g.add(link);
                        }
            }
            // The shared subjects are judged in the first part only; each node in its own part.
            int mine = p;
            out.addAll(violations(new Union(g, reference), p == 0 ? documents::contains
                    : n -> documents.contains(n) || !Integer.valueOf(mine).equals(partOf.get(n))));
        }
        out.sort(null);
        return new Result(out.isEmpty(), out);
    }

    private static List<Node> objects(Graph g, Node s, Node p) { return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList(); }
}
