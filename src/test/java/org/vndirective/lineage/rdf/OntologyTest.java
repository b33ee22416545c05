package org.vndirective.lineage.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vndirective.lineage.extract.DataFiles;
import org.vndirective.lineage.vocab.VND;

class OntologyTest {
    static Stream<Path> ttlFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("ontology"))) {
            return s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("ttlFiles")
    void parsesInJena(Path ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(ttl).parse(g);
        assertTrue(g.size() > 20, ttl + " has content");
    }

    @ParameterizedTest
    @MethodSource("ttlFiles")
    void parsesInRdf4jRio(Path ttl) throws IOException {
        try (InputStream in = new FileInputStream(ttl.toFile())) {
            Model m = Rio.parse(in, "", RDFFormat.TURTLE);
            assertTrue(m.size() > 20, ttl + " has content");
        }
    }

    private static Graph load(String file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("ontology", file)).parse(g);
        return g;
    }

    @Test
    void vocabularyClassAndOntologyDeclareTheSameTerms() throws IllegalAccessException {
        Set<String> inJava = new TreeSet<>();
        for (Field f : VND.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                String uri = ((Node) f.get(null)).getURI();
                if (uri.startsWith(VND.NS)) inJava.add(uri.substring(VND.NS.length()));
            }
        }
        Graph g = load("vnd.ttl");
        Set<String> declared = new TreeSet<>();
        g.find(null, RDF.type.asNode(), null).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(VND.NS)) declared.add(t.getSubject().getURI().substring(VND.NS.length()));
        });
        Set<String> missingInTtl = new TreeSet<>(inJava);
        missingInTtl.removeAll(declared);
        assertEquals(Set.of(), missingInTtl, "in VND.java but not declared in vnd.ttl");
        Set<String> missingInJava = new TreeSet<>(declared);
        missingInJava.removeAll(inJava);
        missingInJava.removeAll(typeClasses());
        assertEquals(Set.of(), missingInJava, "declared in vnd.ttl but not in VND.java");
    }

    @Test
    void everyTermHasVietnameseAndEnglishLabels() {
        Graph g = load("vnd.ttl");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        g.find(null, RDF.type.asNode(), null).forEachRemaining(t -> {
            if (!t.getSubject().isURI() || !t.getSubject().getURI().startsWith(VND.NS)) return;
            Set<String> langs = new TreeSet<>();
            g.find(t.getSubject(), label, null).forEachRemaining(l -> langs.add(l.getObject().getLiteralLanguage()));
            assertTrue(langs.containsAll(Set.of("vi", "en")), t.getSubject() + " labels " + langs);
        });
    }

    private static Set<String> typeClasses() {
        Set<String> out = new TreeSet<>();
        for (JsonNode t : DataFiles.read("doc-types.json").get("types")) out.add(t.get("class").asText());
        out.add("SourceText");
        return out;
    }

    @Test
    void documentTypeSchemeMatchesTheDataFile() {
        Graph scheme = load("doc-types.ttl");
        Graph onto = load("vnd.ttl");
        Node docClass = VND.documentClass;
        for (JsonNode t : DataFiles.read("doc-types.json").get("types")) {
            String cls = t.get("class").asText();
            Node concept = NodeFactory.createURI(VND.ID + "doc-type/" + cls);
            assertTrue(scheme.contains(concept, docClass, NodeFactory.createURI(VND.NS + cls)), "concept for " + cls);
            Set<String> codes = new TreeSet<>();
            t.get("codes").forEach(c -> codes.add(c.asText()));
            Set<String> notations = new TreeSet<>();
            scheme.find(concept, SKOS.notation.asNode(), null).forEachRemaining(n -> notations.add(n.getObject().getLiteralLexicalForm()));
            assertEquals(codes, notations, "codes of " + cls);
            assertTrue(onto.contains(NodeFactory.createURI(VND.NS + cls), RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/2002/07/owl#Class")), cls + " declared");
        }
    }
}
