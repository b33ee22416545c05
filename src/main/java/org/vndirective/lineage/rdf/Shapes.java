package org.vndirective.lineage.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.vndirective.lineage.vocab.VND;

/**
 * The SHACL shapes of {@code ontology/shapes.ttl}, which every ingest output must conform to. Jena checks the core
 * constraints node by node; each {@code sh:sparql} constraint of a node shape is run once over the whole graph with
 * {@code $this} unbound, its rows kept for the shape's focus nodes, instead of once per focus node (Jena plans and
 * runs the query again for each: most of the check's time on the crawl, 60,000 mentions). For these SELECTs (every
 * row binds {@code $this}) the rows are the same as the per-node runs', and so are the results and messages.
 */
public final class Shapes {
    private static final String SHACL = "http://www.w3.org/ns/shacl#";
    /** The shapes without their node shapes' {@code sh:sparql} constraints, which {@link #selects} run. */
    private final org.apache.jena.shacl.Shapes core;
    private final List<Select> selects = new ArrayList<>();

    /** A node shape's SPARQL constraint: the shape (for its focus nodes), the query and the message. */
    private record Select(Shape shape, Query query, String message) {}

    private Shapes(Graph g) {
        org.apache.jena.shacl.Shapes all = org.apache.jena.shacl.Shapes.parse(g);
        Graph coreGraph = GraphFactory.createDefaultGraph();
        Map<Node, List<SparqlConstraint>> taken = new HashMap<>();
        for (Shape shape : all.getTargetShapes()) {
            if (!shape.isNodeShape() || shape.deactivated()) continue;
            for (Constraint c : shape.getConstraints()) {
                if (c instanceof SparqlConstraint sc && sc.getMessage() != null && sc.getQuery().isSelectType()
                        && sc.getQuery().getProjectVars().contains(Var.alloc("this"))) {
                    taken.computeIfAbsent(shape.getShapeNode(), k -> new ArrayList<>()).add(sc);
                }
            }
        }
        Node sparql = NodeFactory.createURI(SHACL + "sparql");
        g.find().forEachRemaining(t -> {
            boolean moved = t.getPredicate().equals(sparql) && taken.containsKey(t.getSubject())
                    && taken.get(t.getSubject()).size() == g.find(t.getSubject(), sparql, Node.ANY).toList().size();
            if (!moved) coreGraph.add(t);
        });
        g.getPrefixMapping().getNsPrefixMap().forEach(coreGraph.getPrefixMapping()::setNsPrefix);
        this.core = org.apache.jena.shacl.Shapes.parse(coreGraph);
        for (Shape shape : core.getTargetShapes()) {
            List<SparqlConstraint> cs = taken.get(shape.getShapeNode());
            if (cs == null || coreGraph.contains(shape.getShapeNode(), sparql, Node.ANY)) continue;
            cs.forEach(c -> selects.add(new Select(shape, c.getQuery(), c.getMessage())));
        }
    }

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
        ValidationContext vCxt = ValidationContext.create(core, data);
        for (Shape shape : core.getTargetShapes()) {
            // Nodes judged elsewhere are not checked here at all (their results would be dropped).
            for (Node focus : VLib.focusNodes(data, shape)) if (!judgedElsewhere.test(focus)) VLib.validateShape(vCxt, data, shape, focus);
        }
        List<String> out = new ArrayList<>();
        vCxt.generateReport().getEntries().forEach(e -> out.add(NodeFmtLib.displayStr(e.focusNode())
                + (e.resultPath() == null ? "" : " " + e.resultPath()) + ": " + e.message()));
        for (Select s : selects) {
            Set<Node> focus = new HashSet<>();
            for (Node n : VLib.focusNodes(data, s.shape())) if (!judgedElsewhere.test(n)) focus.add(n);
            if (focus.isEmpty()) continue;
            try (QueryExec q = QueryExec.graph(data).query(s.query()).build()) {
                q.select().forEachRemaining(row -> {
                    Node self = row.get("this");
                    if (self != null && focus.contains(self)) out.add(NodeFmtLib.displayStr(self) + ": " + message(s.message(), row));
                });
            }
        }
        return out;
    }

    /** The message with each {?var} or {$var} of the row in it, as Jena writes them (a literal by its lexical form). */
    private static String message(String template, Binding row) {
        String x = template;
        for (Iterator<Var> it = row.vars(); it.hasNext(); ) {
            Var v = it.next();
            Node n = row.get(v);
            String value = n.isLiteral() ? n.getLiteralLexicalForm() : ShLib.displayStr(n);
            x = x.replaceAll("\\{[?$]" + Matcher.quoteReplacement(v.getVarName()) + "\\}", Matcher.quoteReplacement(value));
        }
        return x;
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
