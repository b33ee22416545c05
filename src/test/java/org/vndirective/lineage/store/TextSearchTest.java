package org.vndirective.lineage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The query each full-text search writes, and the explorer's jena-text searches rewritten for the others. */
class TextSearchTest {
    private static final String EXPLORER = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX vnd: <https://w3id.org/vn-directive/ontology#>
            SELECT ?d WHERE { { (?d ?score) text:query ("chi AND thi AND 10" 5000) . ?d a vnd:Document }
              UNION { (?ev ?score) text:query ("kh~1 AND tu" 50) . ?ev vnd:linkSubject ?d } UNION { ?b text:query "tinh" } }""";

    @Test
    void eachStoreWritesItsOwnSearch() {
        String in = "(" + String.join(", ", LineageStore.INDEXED.stream().map(p -> "<" + p.getURI() + ">").toList()) + ")";
        String[][] cases = {
                {"jena-text", "chi thi 10", "{ (?hit ?score) <http://jena.apache.org/text#query> (\"\\\"chi\\\" AND \\\"thi\\\" AND \\\"10\\\"\" 50) }"},
                {"virtuoso", "chi thi 10", "{ ?hit ?textP0 ?text0 . ?text0 <bif:contains> \"'\\\"chi\\\" AND \\\"thi\\\" AND \\\"10\\\"'\""
                        + " FILTER(?textP0 IN " + in + ") BIND(1 AS ?score) }"},
                {"contains", "Chỉ THỊ 59-KH/TU", "{ ?hit ?textP0 ?text0 FILTER(?textP0 IN " + in + ") FILTER(CONTAINS(LCASE(STR(?text0)), \"chỉ\")"
                        + " && CONTAINS(LCASE(STR(?text0)), \"thị\") && CONTAINS(LCASE(STR(?text0)), \"59-kh/tu\")) BIND(1 AS ?score) }"},
        };
        for (String[] c : cases) {
            String pattern = TextSearch.named(c[0]).pattern(c[1], 50);
            assertEquals(c[2], pattern, c[0]);
            Query q = QueryFactory.create("SELECT * WHERE " + pattern);
            assertTrue(q.isSelectType(), "Jena parses it, so the server can check it before the engine runs it");
        }
    }

    @Test
    void theExplorersSearchesAreRewrittenForTheEngine() {
        for (TextSearch s : List.of(TextSearch.VIRTUOSO, TextSearch.CONTAINS)) {
            String q = s.rewrite(EXPLORER);
            assertFalse(q.contains("text:query"), q);
            QueryFactory.create(q);
            assertTrue(q.contains("?d ?textP0 ?text0") && q.contains("?ev ?textP1 ?text1") && q.contains("?b ?textP2 ?text2"), q);
            assertTrue(q.contains("kh") && q.contains("tu") && !q.contains("~") && !q.contains("(LCASE(STR(?text1)), \"and\")"), "Lucene's operators go: " + q);
        }
        assertEquals(EXPLORER, TextSearch.JENA_TEXT.rewrite(EXPLORER), "jena-text runs them as they are");
    }

    @Test
    void theContainsSearchFindsByWordsAndNotation() {
        DatasetGraph ds = DatasetGraphFactory.create();
        var doc = NodeFactory.createURI("https://w3id.org/vn-directive/id/tw/ct/2007/10");
        ds.getDefaultGraph().add(doc, RDFS.label.asNode(), NodeFactory.createLiteralLang("Chỉ thị số 10-CT/TW", "vi"));
        ds.getDefaultGraph().add(NodeFactory.createURI("urn:other"), RDFS.label.asNode(), NodeFactory.createLiteralString("Kế hoạch"));
        for (String words : List.of("chỉ thị", "10-ct/tw", "CHỈ 10")) {
            List<String> hits = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(ds).query("SELECT ?hit WHERE " + TextSearch.CONTAINS.pattern(words, 10)).build()) {
                qe.select().forEachRemaining(b -> hits.add(b.get("hit").getURI()));
            }
            assertEquals(List.of(doc.getURI()), hits, words);
        }
    }
}
