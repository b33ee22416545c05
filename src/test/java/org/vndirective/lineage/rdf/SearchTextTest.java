package org.vndirective.lineage.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vndirective.lineage.vocab.VND;

/** The folded copies the ingest writes beside searchable literals, for full-text indexes that do not fold. */
class SearchTextTest {
    private static final Node FILE = NodeFactory.createURI(VND.GRAPH_SOURCE + "f.txt");
    private static final Node DOC = NodeFactory.createURI(VND.ID + "tw/ct/2007/10");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // predicate; literal; its copy (- for none)
            "label; Chỉ thị số 10-CT/TW; chi thi so 10-ct/tw",
            "sentence; Thực hiện Nghị quyết số 22-NQ/TW của Bộ Chính trị; thuc hien nghi quyet so 22-nq/tw cua bo chinh tri",
            "notation; 216-QĐ/ĐUK; 216-qd/duk",
            "alias; Nghị quyết Trung ương 4 (khoá XII); nghi quyet trung uong 4 (khoa xii)",
            "sentence; Ban Chấp hành Trung ƣơng; ban chap hanh trung uong",
            "notation; 10-CT/TW; -",
            "sentence; Nghi quyet so 22-NQ/TW; -",
            "signer; Nguyễn Văn A; -",
    })
    void aCopyWhereFoldingChangesMoreThanCase(String predicate, String literal, String copy) {
        Node p = switch (predicate) {
            case "label" -> RDFS.label.asNode();
            case "sentence" -> VND.sentence;
            case "notation" -> VND.notation;
            case "alias" -> VND.alias;
            default -> VND.signer;
        };
        List<Quad> out = new ArrayList<>();
        List<Node> graphs = new ArrayList<>();
        new SearchText((g, quads) -> { graphs.add(g); out.addAll(quads); })
                .accept(FILE, List.of(Quad.create(FILE, DOC, p, NodeFactory.createLiteralLang(literal, "vi"))));
        List<Quad> copies = out.stream().filter(q -> q.getPredicate().equals(VND.searchText)).toList();
        assertEquals(List.of(FILE), graphs, "one call, the graph it came in");
        assertEquals(copy == null ? List.of() : List.of(Quad.create(FILE, DOC, VND.searchText, NodeFactory.createLiteralString(copy))), copies);
        assertEquals(copies.size() + 1, out.size(), "the literal itself is kept");
    }

    @org.junit.jupiter.api.Test
    void oneCopyForTheSameTextTwice() {
        List<Quad> out = new ArrayList<>();
        Node label = NodeFactory.createLiteralLang("Chỉ thị 10-CT/TW", "vi");
        new SearchText((g, quads) -> out.addAll(quads)).accept(FILE, List.of(
                Quad.create(FILE, DOC, RDFS.label.asNode(), label), Quad.create(FILE, DOC, VND.alias, label)));
        assertEquals(1, out.stream().filter(q -> q.getPredicate().equals(VND.searchText)).count(), out.toString());
    }
}
