package org.vndirective.lineage.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vndirective.lineage.Lineage;
import java.nio.file.Path;

/** Our term writer against Jena's, char by char and on every quad the samples and test documents give. */
class NTermsTest {

    @Test
    void everyCharInAnIriOrALiteralIsWrittenAsJenaWritesIt() {
        List<String> differ = new ArrayList<>();
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) continue;
            String s = "a" + (char) c + "b";
            for (Node n : List.of(NodeFactory.createURI("http://example.org/" + s), NodeFactory.createLiteralString(s))) {
                if (!NodeFmtLib.strNT(n).equals(NTerms.term(n))) differ.add(NodeFmtLib.strNT(n));
            }
        }
        assertEquals(List.of(), differ);
    }

    static Stream<Node> otherTerms() {
        return Stream.of(
                NodeFactory.createLiteralLang("Kế hoạch \"59\"\n", "vi"),
                NodeFactory.createLiteralDT("2018-05-02", XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralString("cười 😀 \\ ok"),
                NodeFactory.createURI("http://example.org/😀/x y"),
                NodeFactory.createLiteralDirLang("x", "ar", "rtl"),
                NodeFactory.createBlankNode("b0"));
    }

    @ParameterizedTest
    @MethodSource("otherTerms")
    void languagesDatatypesAndOtherTermsAreWrittenAsJenaWritesThem(Node n) {
        assertEquals(NodeFmtLib.strNT(n), NTerms.term(n));
    }

    @Test
    void everyQuadOfTheCorporaIsOneJenaLine() {
        List<Quad> quads = new ArrayList<>();
        Lineage.ingest(List.of(Path.of("src/main/resources/corpus/lam-dong"), Path.of("src/test/resources/corpus/phenomena"))).dataset().find().forEachRemaining(quads::add);
        for (Quad q : quads) assertEquals(NodeFmtLib.strNQ(q) + "\n", NTerms.line(q));
        assertEquals(true, quads.size() > 1000, "quads: " + quads.size());
    }
}
