package org.vndirective.lineage.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vndirective.lineage.GraphQueries;
import org.vndirective.lineage.report.IngestResult;
import org.vndirective.lineage.Lineage;

/**
 * Each test document under {@code corpus/phenomena} shows phenomena the extractor claims to handle; its
 * {@code .expected.json}, written by hand, says what the graph must then hold. All documents are ingested
 * together, so cross-file resolution is part of what is checked.
 */
class PhenomenaTest {
    static final Path DIR = Path.of("src/test/resources/corpus/phenomena");
    static GraphQueries graph;

    @BeforeAll
    static void ingest() throws IOException {
        IngestResult r = Lineage.ingest(List.of(DIR));
        graph = new GraphQueries(r.dataset());
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    private static JsonNode expected(String file) throws IOException {
        return new ObjectMapper().readTree(DIR.resolve(file.replace(".txt", ".expected.json")).toFile());
    }

    private static String selfIri(String file) {
        List<String> s = graph.column("SELECT ?d WHERE { ?d dcterms:source ?src . ?src vnd:fileName \"" + file + "\" }", "d");
        assertEquals(1, s.size(), "exactly one document is the file " + file + ": " + s);
        return s.get(0);
    }

    private static String iriOf(String notation, String citingIri) {
        List<String> hits = graph.column("SELECT DISTINCT ?d WHERE { <" + citingIri + "> vnd:cites ?d . ?d vnd:notation \""
                + notation + "\" }", "d");
        if (hits.isEmpty() && citingIri != null) {
            hits = graph.column("SELECT DISTINCT ?d WHERE { ?d vnd:notation \"" + notation + "\" }", "d");
        }
        assertEquals(1, hits.size(), "one document with notation " + notation + " cited by " + citingIri + ": " + hits);
        return hits.get(0);
    }

    @ParameterizedTest(name = "{0}: own document")
    @MethodSource("cases")
    void ownDocument(String file) throws IOException {
        JsonNode self = expected(file).get("self");
        String iri = selfIri(file);
        if (self.hasNonNull("iri")) assertEquals("https://w3id.org/vn-directive/id/" + self.get("iri").asText(), iri);
        String q = "SELECT ?n ?t ?date ?signer ?role WHERE { <" + iri + "> a ?t . OPTIONAL { <" + iri + "> vnd:notation ?n }"
                + " OPTIONAL { <" + iri + "> dcterms:issued ?date } OPTIONAL { <" + iri + "> vnd:signer ?signer }"
                + " OPTIONAL { <" + iri + "> vnd:signerRole ?role } }";
        List<List<String>> rows = graph.rows(q, "n", "t", "date", "signer", "role");
        assertTrue(rows.stream().anyMatch(r -> r.get(1).endsWith("#" + self.get("type").asText())), "type " + self.get("type") + " in " + rows);
        assertEquals(self.get("notation").isNull() ? null : self.get("notation").asText(), rows.get(0).get(0));
        if (self.has("date")) assertEquals(self.get("date").asText(), rows.get(0).get(2));
        if (self.has("signer")) assertEquals(self.get("signer").asText(), rows.get(0).get(3));
        if (self.has("signerRole")) assertEquals(self.get("signerRole").asText(), rows.get(0).get(4));
        if (self.has("body")) assertEquals(List.of("https://w3id.org/vn-directive/id/body/" + self.get("body").asText()),
                graph.column("SELECT ?b WHERE { <" + iri + "> vnd:issuedBy ?b }", "b"), "issuing body");
    }

    @ParameterizedTest(name = "{0}: what it cites")
    @MethodSource("cases")
    void cites(String file) throws IOException {
        JsonNode e = expected(file);
        String self = selfIri(file);
        List<String> cited = graph.column("SELECT DISTINCT ?n WHERE { <" + self + "> vnd:cites ?d . ?d vnd:notation ?n }", "n");
        for (JsonNode c : e.get("cites")) assertTrue(cited.contains(c.asText()), c.asText() + " cited; got " + cited);
        for (JsonNode c : e.path("notCited")) assertFalse(cited.contains(c.asText()), c.asText() + " is not a citation");
        List<String> named = graph.column("SELECT DISTINCT ?l WHERE { <" + self + "> vnd:cites ?d . ?d rdfs:label ?l FILTER NOT EXISTS { ?d vnd:notation ?n } }", "l");
        for (JsonNode c : e.path("named")) assertTrue(named.contains(c.asText()), c.asText() + " cited by name; got " + named);
        assertEquals(e.get("cites").size(), cited.size(), "no extra citations: " + cited);
    }

    @ParameterizedTest(name = "{0}: typed links")
    @MethodSource("cases")
    void links(String file) throws IOException {
        JsonNode e = expected(file);
        String self = selfIri(file);
        List<List<String>> stated = graph.rows("SELECT DISTINCT ?a ?p ?b WHERE { ?src vnd:fileName \"" + file
                + "\" . ?ev vnd:sourceFile ?src ; vnd:linkSubject ?s ; vnd:linkRelation ?p ; vnd:linkObject ?o ."
                + " OPTIONAL { ?s vnd:notation ?na } OPTIONAL { ?o vnd:notation ?nb } OPTIONAL { ?o rdfs:label ?lb }"
                + " BIND(IF(?s = <" + self + ">, \"self\", ?na) AS ?a) BIND(COALESCE(?nb, ?lb) AS ?b) }", "a", "p", "b");
        for (JsonNode l : e.get("links")) {
            List<String> want = List.of(l.get("from").asText(), "https://w3id.org/vn-directive/ontology#" + l.get("rel").asText(),
                    l.get("to").asText());
            assertTrue(stated.contains(want), want + " stated with evidence; got " + stated);
        }
        long typed = stated.stream().filter(r -> r.get(2) != null).count();
        assertEquals(e.get("links").size(), typed, "no extra typed links: " + stated);
    }

    @ParameterizedTest(name = "{0}: facts of cited documents")
    @MethodSource("cases")
    void citedFacts(String file) throws IOException {
        JsonNode e = expected(file);
        String self = selfIri(file);
        for (Map.Entry<String, JsonNode> d : iterable(e.path("dates"))) {
            String iri = iriOf(d.getKey(), self);
            assertEquals(List.of(d.getValue().asText()), graph.column("SELECT ?x WHERE { <" + iri + "> dcterms:issued ?x }", "x"),
                    "date of " + d.getKey());
        }
        for (Map.Entry<String, JsonNode> d : iterable(e.path("types"))) {
            String iri = iriOf(d.getKey(), self);
            assertTrue(graph.ask("ASK { <" + iri + "> a vnd:" + d.getValue().asText() + " }"), "type of " + d.getKey());
        }
        for (Map.Entry<String, JsonNode> d : iterable(e.path("iris"))) {
            assertEquals("https://w3id.org/vn-directive/id/" + d.getValue().asText(), iriOf(d.getKey(), self), "IRI of " + d.getKey());
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode n) { return n::fields; }
}
