package org.vndirective.lineage.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vndirective.lineage.vocab.VND;

/** The closure the ingest adds, on small graphs: "a>b" is a link, typed documents are the letters in {@code docs}. */
class LineageClosureTest {
    private static final Node FILE = NodeFactory.createURI(VND.GRAPH_SOURCE + "f.txt");
    private static final Node DOCS = NodeFactory.createURI(VND.GRAPH_DOCUMENTS);

    @ParameterizedTest(name = "{0} (documents {1})")
    @CsvSource(delimiter = ';', value = {
            // links; documents; ancestors (start>ancestor); direct (start>parent)
            "a>b b>c; abc; a>b a>c b>c; a>b b>c",
            "a>b a>c b>c; abc; a>b a>c b>c; a>b a>c b>c",
            "a>b b>a; ab; a>b b>a; a>b b>a",
            "a>a; a; ; ",
            "a>b b>c; ab; a>b a>c b>c; a>b b>c",
            "a>b b>c; c; ; ",
            "; abc; ; ",
    })
    void ancestorsAndDirectLinks(String links, String docs, String ancestors, String direct) {
        List<Quad> closure = new ArrayList<>();
        List<Node> graphs = new ArrayList<>();
        LineageClosure sink = new LineageClosure((g, quads) -> { graphs.add(g); if (g.equals(LineageClosure.GRAPH)) closure.addAll(quads); });
        List<Quad> file = new ArrayList<>();
        for (String l : words(links)) file.add(Quad.create(FILE, doc(l.charAt(0)), VND.implementsDoc, doc(l.charAt(2))));
        sink.accept(FILE, file);
        List<Quad> typed = new ArrayList<>();
        for (char c : docs.strip().toCharArray()) typed.add(Quad.create(DOCS, doc(c), RDF.type.asNode(), VND.Document));
        sink.accept(DOCS, typed);
        sink.finish();
        assertEquals(List.of(FILE, DOCS, LineageClosure.GRAPH), graphs, "the closure comes last, once for a small graph");
        assertEquals(new TreeSet<>(words(ancestors)), pairs(closure, VND.lineageAncestor), "ancestors");
        assertEquals(new TreeSet<>(words(direct)), pairs(closure, VND.lineage), "direct links");
        assertEquals(words(ancestors).size(), sink.size());
    }

    private static List<String> words(String s) { return s == null || s.isBlank() ? List.of() : List.of(s.strip().split("\\s+")); }

    private static Node doc(char c) { return NodeFactory.createURI(VND.ID + c); }

    private static TreeSet<String> pairs(List<Quad> quads, Node p) {
        TreeSet<String> out = new TreeSet<>();
        for (Quad q : quads) {
            if (q.getPredicate().equals(p)) out.add(q.getSubject().getURI().substring(VND.ID.length()) + ">" + q.getObject().getURI().substring(VND.ID.length()));
        }
        return out;
    }
}
