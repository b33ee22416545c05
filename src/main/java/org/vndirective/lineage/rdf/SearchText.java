package org.vndirective.lineage.rdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.vndirective.lineage.text.Folding;
import org.vndirective.lineage.vocab.VND;

/**
 * Passes graphs on with a folded copy of each searchable literal beside it: {@code vnd:searchText} "chi thi so
 * 10-ct/tw" for rdfs:label "Chỉ thị số 10-CT/TW", in the same graph. Jena-text folds as it indexes; other engines'
 * full-text indexes (Virtuoso's {@code bif:contains}) do not, so the ingest writes the folded words for them, and
 * a search there folds its words and matches these. A literal that folding only lower-cases gets no copy.
 */
public final class SearchText implements GraphSink {
    /** What full-text search covers: labels, titles, notations, aliases, evidence sentences, bodies' names. */
    public static final List<Node> INDEXED = List.of(RDFS.label.asNode(), DCTerms.title.asNode(), VND.notation,
            VND.printedNotation, VND.alias, VND.sentence, SKOS.prefLabel.asNode());

    private final GraphSink next;

    public SearchText(GraphSink next) { this.next = next; }

    @Override public void accept(Node name, List<Quad> quads) {
        Set<Quad> copies = new LinkedHashSet<>();
        for (Quad q : quads) {
            Node o = q.getObject();
            if (!o.isLiteral() || !INDEXED.contains(q.getPredicate())) continue;
            String text = o.getLiteralLexicalForm(), folded = Folding.fold(text);
            if (!folded.equals(text.toLowerCase(Locale.ROOT)))
                copies.add(Quad.create(q.getGraph(), q.getSubject(), VND.searchText, NodeFactory.createLiteralString(folded)));
        }
        if (copies.isEmpty()) {
            next.accept(name, quads);
        } else {
            List<Quad> all = new ArrayList<>(quads.size() + copies.size());
            all.addAll(quads);
            all.addAll(copies);
            next.accept(name, all);
        }
    }

    @Override public void finish() { next.finish(); }
}
