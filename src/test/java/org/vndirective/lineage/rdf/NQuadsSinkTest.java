package org.vndirective.lineage.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** Sorting term by term writes the same bytes as sorting whole lines: the order the output has always had. */
class NQuadsSinkTest {
    @Test
    void termByTermIsLineOrder() throws IOException {
        // Terms that are prefixes of others ("…/12" of "…/123", "a" of "a"@vi), next characters below and above
        // '>' and '"', the default graph beside named ones, and repeats.
        List<Node> terms = List.of(uri("x/12"), uri("x/123"), uri("x/12-"), uri("x/12/"), uri("x/12a"), uri("x/1"),
                NodeFactory.createLiteralString("a"), NodeFactory.createLiteralLang("a", "vi"),
                NodeFactory.createLiteralString("a b"), NodeFactory.createLiteralString("a\"b"),
                NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger), NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger),
                NodeFactory.createBlankNode("b1"), NodeFactory.createBlankNode("b12"));
        List<Node> graphs = List.of(Quad.defaultGraphIRI, uri("g"), uri("g2"));
        Random r = new Random(14);
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            // Subjects and predicates among the IRIs (the first six), objects among all.
            quads.add(Quad.create(graphs.get(r.nextInt(3)), terms.get(r.nextInt(6)), terms.get(r.nextInt(6)),
                    terms.get(r.nextInt(terms.size()))));
        }
        TreeSet<String> lines = new TreeSet<>();
        quads.forEach(q -> lines.add(NTerms.line(q)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = NQuadsSink.writeSorted(quads, out);
        assertEquals(String.join("", lines), out.toString(StandardCharsets.UTF_8));
        assertEquals(lines.size(), n);
    }

    private static Node uri(String path) { return NodeFactory.createURI("https://example.org/" + path); }
}
