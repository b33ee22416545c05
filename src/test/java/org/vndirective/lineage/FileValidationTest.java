package org.vndirective.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vndirective.lineage.extract.DocTypes;
import org.vndirective.lineage.extract.Extractor;
import org.vndirective.lineage.extract.FileExtraction;
import org.vndirective.lineage.rdf.GraphBuilder;
import org.vndirective.lineage.rdf.Iris;
import org.vndirective.lineage.rdf.Shapes;
import org.vndirective.lineage.resolve.CentralDocuments;
import org.vndirective.lineage.resolve.RegistryPlaces;
import org.vndirective.lineage.resolve.ResolvedCorpus;
import org.vndirective.lineage.resolve.Resolver;
import org.vndirective.lineage.resolve.Scopes;
import org.vndirective.lineage.resolve.YearIndex;
import org.vndirective.lineage.text.Decoder;
import org.vndirective.lineage.vocab.VND;

/**
 * A file's graph checked in parts of a few mentions and links says the same as the whole graph checked at once: on a
 * small file broken in several ways, and on a dense file (over a thousand mentions) in many parts.
 */
class FileValidationTest {
    private static final Graph REFERENCE = GraphFactory.createDefaultGraph();

    static {
        Lineage.reference(RegistryPlaces.standard()).forEach(q -> REFERENCE.add(q.asTriple()));
    }

    static final String HEADER = "TỈNH ỦY LÂM ĐỒNG\nSố 59-KH/TU\nLâm Đồng, ngày 10 tháng 8 năm 2018\nKẾ HOẠCH\n"
            + "thực hiện Kết luận số 18-KL/TW, ngày 22/9/2017 của Ban Bí thư\n-----\n";

    static String lines(int n) {
        return HEADER + IntStream.range(0, n).mapToObj(i -> i % 2 == 0
                ? "Thực hiện Chỉ thị số %d-CT/TW của Ban Bí thư.\n".formatted(1 + i % 50)
                : "Căn cứ Quyết định số %d/QĐ-UBND ngày %02d/%02d/%d của Ủy ban nhân dân tỉnh;\n"
                        .formatted(1 + i % 500, 1 + i % 28, 1 + i % 12, 2000 + i % 20)).collect(Collectors.joining());
    }

    /** Breaks a file's graph in ways each shape sees: a missing value, one too many, a wrong class, a lost link, a lost source. */
    static List<Quad> broken(List<Quad> quads) {
        String name = quads.get(0).getGraph().getURI();
        Node g = quads.get(0).getGraph();
        Node src = quads.get(0).getSubject();
        Node m2 = mention(quads, 2), m3 = mention(quads, 3), m5 = mention(quads, 5);
        Quad firstLink = quads.stream().filter(q -> isRelation(q.getPredicate())).findFirst().orElseThrow();
        List<Quad> out = new ArrayList<>();
        for (Quad q : quads) {
            if (q.getSubject().equals(m2) && q.getPredicate().equals(VND.resolution)) continue;
            if (q.equals(firstLink)) continue;
            if (q.getPredicate().equals(DCTerms.source.asNode()) && q.getObject().equals(src)) continue;
            if (q.getSubject().equals(m5) && q.getPredicate().equals(VND.mentionOf)) {
                out.add(Quad.create(g, m5, VND.mentionOf, NodeFactory.createURI(name + "#not-a-document")));
                continue;
            }
            out.add(q);
        }
        out.add(Quad.create(g, m3, VND.start, NodeFactory.createLiteralString("7")));
        return out;
    }

    private static boolean isRelation(Node p) {
        return Stream.of("implements", "continues", "reviews", "guides", "basedOn", "associatedWith", "amends", "replaces")
                .map(Iris::vnd).anyMatch(p::equals);
    }

    private static Node mention(List<Quad> quads, int n) {
        return quads.stream().filter(q -> q.getPredicate().equals(RDF.type.asNode()) && q.getObject().equals(VND.Mention))
                .map(Quad::getSubject).skip(n - 1).findFirst().orElseThrow();
    }

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("small file, as written", lines(12), UnaryOperator.<List<Quad>>identity(), List.of(1, 2, 5), false),
                Arguments.of("small file, broken", lines(12), (UnaryOperator<List<Quad>>) FileValidationTest::broken, List.of(1, 2, 3, 7, 4096), true),
                Arguments.of("dense file, broken", lines(1_200), (UnaryOperator<List<Quad>>) FileValidationTest::broken, List.of(97, 500), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void inPartsAsAWhole(String what, String text, UnaryOperator<List<Quad>> change, List<Integer> parts, boolean violates) {
        ResolvedCorpus.ResolvedFile f = resolved(text);
        List<Quad> quads = change.apply(GraphBuilder.file(f));
        List<String> whole = whole(f, quads);
        assertEquals(violates, !whole.isEmpty(), whole.toString());
        if (violates) {
            for (String expect : List.of("ontology#resolution>: minCount", "the link an evidence node describes is not in the graph",
                    "every input file is the source", "ClassConstraint", "maxCount")) {
                assertTrue(whole.stream().anyMatch(v -> v.contains(expect)), expect + " in " + whole);
            }
        }
        for (int part : parts) assertEquals(whole, Ingest.validateFile(f, quads, REFERENCE, part), "parts of " + part);
    }

    /** The check as it was before parts: the whole graph copied at once. */
    private static List<String> whole(ResolvedCorpus.ResolvedFile f, List<Quad> quads) {
        Graph g = GraphFactory.createDefaultGraph();
        quads.forEach(q -> g.add(q.asTriple()));
        Set<Node> docs = new HashSet<>();
        docs.add(Iris.doc(f.self().path()));
        f.mentions().forEach(m -> docs.add(Iris.doc(m.key().path())));
        f.links().forEach(l -> { docs.add(Iris.doc(l.subject().path())); docs.add(Iris.doc(l.object().path())); });
        docs.forEach(d -> g.add(d, RDF.type.asNode(), VND.Document));
        return Shapes.load().validate(new Union(g, REFERENCE), docs::contains).violations();
    }

    private static ResolvedCorpus.ResolvedFile resolved(String text) {
        var d = (Decoder.Decoded) Decoder.standard().decode("dense.txt", "dense.txt", text.getBytes(StandardCharsets.UTF_8));
        FileExtraction x = Extractor.standard().extract(d.text());
        Resolver resolver = new Resolver(RegistryPlaces.standard(), Scopes.standard(), CentralDocuments.standard(), DocTypes.standard());
        YearIndex index = resolver.newIndex();
        resolver.datedFacts(x).forEach(o -> index.add(o.series(), o.year(), o.bodyId()));
        return resolver.resolveFile(x, index).file();
    }
}
