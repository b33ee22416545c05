package org.vndirective.lineage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vndirective.lineage.rdf.GraphSink;
import org.vndirective.lineage.rdf.SearchText;
import org.vndirective.lineage.vocab.VND;

/** The query each full-text search writes, and the explorer's jena-text searches rewritten for the others. */
class TextSearchTest {
    private static final String EXPLORER = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX vnd: <https://w3id.org/vn-directive/ontology#>
            SELECT ?d WHERE { { (?d ?score) text:query ("chi AND thi AND 10" 5000) . ?d a vnd:Document }
              UNION { (?ev ?score) text:query ("kh~1 AND tu" 50) . ?ev vnd:linkSubject ?d } UNION { ?b text:query "tinh" } }""";

    @Test
    void eachStoreWritesItsOwnSearch() {
        String in = "(" + String.join(", ", java.util.stream.Stream.concat(LineageStore.INDEXED.stream(), java.util.stream.Stream.of(VND.searchText))
                .map(p -> "<" + p.getURI() + ">").toList()) + ")";
        String score = "BIND(10.0 / (10 + STRLEN(STR(?text0))) AS ?score)";
        String[][] cases = {
                {"jena-text", "chi thi 10", "{ (?hit ?score) <http://jena.apache.org/text#query> (\"\\\"chi\\\" AND \\\"thi\\\" AND \\\"10\\\"\" 50) }"},
                {"virtuoso", "Chỉ thị 10", "{ SELECT DISTINCT ?hit ?score WHERE { ?hit ?textP0 ?text0 . ?text0 <bif:contains> \"(\\\"chi\\\" AND \\\"thi\\\" AND \\\"10\\\")\""
                        + " FILTER(?textP0 IN " + in + ") " + score + " } LIMIT 50 }"},
                {"virtuoso", "...", "{ BIND(1 AS ?score) FILTER(false) }"},
                {"contains", "Chỉ THỊ 59-KH/TU", "{ SELECT DISTINCT ?hit ?score WHERE { ?hit ?textP0 ?text0 FILTER(?textP0 IN " + in + ") FILTER((CONTAINS(LCASE(STR(?text0)), \"chi\")"
                        + " && CONTAINS(LCASE(STR(?text0)), \"thi\") && CONTAINS(LCASE(STR(?text0)), \"59-kh/tu\"))) " + score + " } LIMIT 50 }"},
        };
        for (String[] c : cases) {
            String pattern = TextSearch.named(c[0]).pattern(c[1], 50);
            assertEquals(c[2], pattern, c[0]);
            Query q = QueryFactory.create("SELECT * WHERE " + pattern);
            assertTrue(q.isSelectType(), "Jena parses it, so the server can check it before the engine runs it");
        }
    }

    /** Lucene's syntax as the explorer writes it, read into the tree the other engines' searches are written from. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "chi AND thi AND 10; And[all=[Word[text=chi, fuzzy=false], Word[text=thi, fuzzy=false], Word[text=10, fuzzy=false]]]",
            "Chỉ thị 10; And[all=[Word[text=chi, fuzzy=false], Word[text=thi, fuzzy=false], Word[text=10, fuzzy=false]]]",
            "(10 OR 010) AND ct~1 AND tu~1; And[all=[Or[any=[Word[text=10, fuzzy=false], Word[text=010, fuzzy=false]]], Word[text=ct, fuzzy=true], Word[text=tu, fuzzy=true]]]",
            "\"Đảng\" NOT 59-KH/TU; And[all=[Word[text=dang, fuzzy=false], Not[negated=Word[text=59-kh/tu, fuzzy=false]]]]",
            "kế+hoạch; And[all=[Word[text=ke, fuzzy=false], Word[text=hoach, fuzzy=false]]]",
            "thij~; Word[text=thij, fuzzy=true]",
            "... AND (; Empty[]",
            "NOT 10; Empty[]",
    })
    void luceneQueriesAreRead(String lucene, String tree) {
        assertEquals(tree, TextQuery.parse(lucene).toString());
    }

    /**
     * Every string over the alphabet up to the word's length is in the expansion exactly when it is one edit away
     * (a swap counting one) and no longer than the word, and a replaced character is of the same kind.
     */
    @Test
    void nearbyIsOneEditAwayWithoutInserts() {
        String alphabet = TextQuery.LETTERS + TextQuery.DIGITS;
        for (String w : List.of("ab", "thi", "a", "10", "k9")) {
            Set<String> near = TextQuery.nearby(w);
            List<String> all = new ArrayList<>(List.of(""));
            for (int len = 1; len <= w.length() + 1; len++) {
                List<String> next = new ArrayList<>();
                for (String s : all) if (s.length() == len - 1) for (char c : alphabet.toCharArray()) next.add(s + c);
                all.addAll(next);
            }
            for (String s : all) assertEquals(oneEditNoInsert(s, w), near.contains(s), w + " / " + s);
        }
    }

    /** The word itself, one character deleted, one replaced by one of its kind, or two neighbours swapped. */
    private static boolean oneEditNoInsert(String s, String w) {
        if (s.isEmpty() || editDistance(s, w) > 1 || s.length() > w.length()) return false;
        if (s.length() < w.length() || s.equals(w)) return true;
        List<Integer> diff = java.util.stream.IntStream.range(0, w.length()).filter(i -> s.charAt(i) != w.charAt(i)).boxed().toList();
        if (diff.size() == 2) return true; // a swap: the distance is 1
        int i = diff.get(0);
        return Character.isDigit(s.charAt(i)) == Character.isDigit(w.charAt(i));
    }

    /** Optimal string alignment: inserts, deletes, replacements and swaps of neighbours. */
    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
        return d[a.length()][b.length()];
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
        var g = NodeFactory.createURI("urn:g");
        // As the ingest writes them: with the folded copies.
        new SearchText(GraphSink.into(ds)).accept(g, List.of(
                Quad.create(g, doc, RDFS.label.asNode(), NodeFactory.createLiteralLang("Chỉ thị số 10-CT/TW", "vi")),
                Quad.create(g, NodeFactory.createURI("urn:other"), RDFS.label.asNode(), NodeFactory.createLiteralString("Kế hoạch"))));
        for (String words : List.of("chỉ thị", "chi thi", "10-ct/tw", "CHỈ 10", "(chi OR zzz) AND thi NOT hoach")) {
            List<String> hits = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(ds).query("SELECT DISTINCT ?hit WHERE { GRAPH ?g " + TextSearch.CONTAINS.pattern(words, 10) + " }").build()) {
                qe.select().forEachRemaining(b -> hits.add(b.get("hit").getURI()));
            }
            assertEquals(List.of(doc.getURI()), hits, words);
        }
    }
}
