package org.vndirective.lineage.rdf;

import java.util.regex.Pattern;
import org.vndirective.lineage.text.Spaces;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.vndirective.lineage.extract.Link;
import org.vndirective.lineage.extract.Mention;
import org.vndirective.lineage.resolve.DocKey;
import org.vndirective.lineage.resolve.ResolvedCorpus;
import org.vndirective.lineage.text.AlignedText;
import org.vndirective.lineage.vocab.PROV;
import org.vndirective.lineage.vocab.VND;

/**
 * A resolved corpus to quads on the shape of {@code ontology/README.md}: the documents graph (every document
 * once), and one graph per file with its source node, its own document's header facts, what it cites, the typed
 * links it states, and an evidence node per link and a node per mention pointing into the original text.
 */
public final class GraphBuilder {
    private static final Pattern PARTY_NOTATION = Pattern.compile("\\d+-.*");
    private static final Node DOCUMENTS = NodeFactory.createURI(VND.GRAPH_DOCUMENTS);

    private GraphBuilder() {}

    /** One document's quads in the documents graph. */
    public static void document(ResolvedCorpus.Doc d, List<Quad> q) {
        Node s = Iris.doc(d.path());
        add(q, DOCUMENTS, s, RDF.type.asNode(), VND.Document);
        add(q, DOCUMENTS, s, RDF.type.asNode(), Iris.vnd(d.typeClass().equals("Document") ? "SourceText" : d.typeClass()));
        DocKey k = d.key();
        boolean state = !k.isNamed() && (k.scope().equals("vn") || d.notation() != null && d.notation().contains("/")
                && !PARTY_NOTATION.matcher(d.notation()).matches());
        if (!k.isNamed() || !d.typeClass().equals("SourceText")) {
            add(q, DOCUMENTS, s, RDF.type.asNode(), state ? VND.StateDocument : VND.PartyDocument);
        }
        add(q, DOCUMENTS, s, RDFS.label.asNode(), NodeFactory.createLiteralLang(d.label(), "vi"));
        add(q, DOCUMENTS, s, VND.documentType, Iris.docType(d.typeClass()));
        if (d.notation() != null) {
            add(q, DOCUMENTS, s, VND.notation, lit(d.notation()));
            add(q, DOCUMENTS, s, VND.number, lit(k.number()));
            add(q, DOCUMENTS, s, VND.issuerCode, lit(k.issuer()));
            if (!k.typeCode().equals("x")) add(q, DOCUMENTS, s, VND.typeCode, lit(k.typeCode()));
        }
        for (String p : d.printed()) add(q, DOCUMENTS, s, VND.printedNotation, lit(p));
        if (d.date() != null) add(q, DOCUMENTS, s, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(d.date().toString(), XSDDatatype.XSDdate));
        for (String t : d.terms()) add(q, DOCUMENTS, s, VND.term, lit(t));
        if (d.bodyId() != null) add(q, DOCUMENTS, s, VND.issuedBy, Iris.body(d.bodyId()));
        if (d.title() != null) add(q, DOCUMENTS, s, DCTerms.title.asNode(), NodeFactory.createLiteralLang(d.title(), "vi"));
        for (String a : d.aliases()) if (!a.equals(d.label())) add(q, DOCUMENTS, s, VND.alias, NodeFactory.createLiteralLang(a, "vi"));
        if (!k.isNamed() && !k.scope().startsWith("unknown")) add(q, DOCUMENTS, s, VND.jurisdiction, lit(k.scope()));
        if (!d.resolution().equals("resolved")) add(q, DOCUMENTS, s, VND.resolution, lit(d.resolution()));
        for (DocKey c : d.candidates()) add(q, DOCUMENTS, s, VND.candidate, Iris.doc(c.path()));
    }

    public static List<Quad> file(ResolvedCorpus.ResolvedFile f) {
        List<Quad> q = new ArrayList<>();
        AlignedText text = f.extraction().text();
        String name = text.source().name();
        Node g = Iris.graph(name);
        Node src = Iris.source(name);
        add(q, g, src, RDF.type.asNode(), VND.SourceFile);
        add(q, g, src, RDF.type.asNode(), PROV.Entity);
        add(q, g, src, VND.fileName, lit(name));
        add(q, g, src, VND.sha256, lit(text.source().sha256()));
        add(q, g, src, VND.encoding, lit(text.source().encoding()));
        add(q, g, src, VND.byteLength, NodeFactory.createLiteralDT(String.valueOf(text.source().byteLength()), XSDDatatype.XSDinteger));

        Node self = Iris.doc(f.self().path());
        var h = f.extraction().header();
        add(q, g, self, DCTerms.source.asNode(), src);
        add(q, g, self, PROV.wasDerivedFrom, src);
        if (h.place() != null) add(q, g, self, VND.place, lit(h.place()));
        if (h.signer() != null) add(q, g, self, VND.signer, lit(h.signer()));
        if (h.signerRole() != null) add(q, g, self, VND.signerRole, lit(h.signerRole()));
        for (String r : h.recipients()) add(q, g, self, VND.recipient, lit(r));
        if (h.title() != null) add(q, g, self, DCTerms.title.asNode(), NodeFactory.createLiteralLang(h.title(), "vi"));

        int n = 0;
        for (ResolvedCorpus.ResolvedMention rm : f.mentions()) {
            Mention m = rm.mention();
            Node doc = Iris.doc(rm.key().path());
            if (!rm.key().path().equals(f.self().path())) add(q, g, self, VND.cites, doc);
            Node mn = Iris.mention(name, ++n);
            add(q, g, mn, RDF.type.asNode(), VND.Mention);
            add(q, g, mn, VND.printed, lit(text.originalSlice(m.start(), m.end())));
            add(q, g, mn, VND.sourceFile, src);
            span(q, g, mn, text, m.start(), m.end());
            add(q, g, mn, VND.resolution, lit(rm.resolution()));
            if (rm.resolution().equals("ambiguous")) {
                for (DocKey c : rm.candidates()) add(q, g, mn, VND.candidate, Iris.doc(c.path()));
            }
            add(q, g, mn, VND.mentionOf, doc);
        }
        int e = 0;
        for (ResolvedCorpus.ResolvedLink l : f.links()) {
            Node s = Iris.doc(l.subject().path());
            Node o = Iris.doc(l.object().path());
            Node rel = Iris.vnd(l.relation().localName());
            add(q, g, s, rel, o);
            add(q, g, s, VND.cites, o);
            Link link = l.link();
            Node ev = Iris.evidence(name, ++e);
            add(q, g, ev, RDF.type.asNode(), VND.LinkEvidence);
            add(q, g, ev, RDF.type.asNode(), PROV.Entity);
            add(q, g, ev, VND.linkSubject, s);
            add(q, g, ev, VND.linkRelation, rel);
            add(q, g, ev, VND.linkObject, o);
            add(q, g, ev, VND.cue, lit(link.cue()));
            add(q, g, ev, VND.sentence, lit(evidence(text.text(), link)));
            add(q, g, ev, VND.sourceFile, src);
            add(q, g, ev, PROV.wasDerivedFrom, src);
            span(q, g, ev, text, link.sentenceStart(), link.sentenceEnd());
        }
        DutyGraph.file(f, g, self, src, q);
        return q;
    }

    static void span(List<Quad> q, Node g, Node s, AlignedText text, int start, int end) {
        int os = text.codePointOffset(text.originalStart(start));
        int oe = text.codePointOffset(text.originalEnd(end));
        add(q, g, s, VND.start, NodeFactory.createLiteralDT(String.valueOf(os), XSDDatatype.XSDinteger));
        add(q, g, s, VND.end, NodeFactory.createLiteralDT(String.valueOf(Math.max(oe, os + 1)), XSDDatatype.XSDinteger));
        int page = text.source().page(text.originalStart(start));
        if (page > 0) add(q, g, s, VND.page, NodeFactory.createLiteralDT(String.valueOf(page), XSDDatatype.XSDinteger));
    }

    private static Node lit(String s) { return NodeFactory.createLiteralString(s); }

    private static void add(List<Quad> q, Node g, Node s, Node p, Node o) { q.add(Quad.create(g, s, p, o)); }

    /** The evidence sentence as one line; "…" where it was cut out of a longer one (its span says exactly where). */
    static String evidence(String text, Link link) {
        String t = Spaces.collapse(text.substring(link.sentenceStart(), link.sentenceEnd())).strip();
        if (!link.clipped()) return t;
        String head = sentenceBoundaryBefore(text, link.sentenceStart()) ? "" : "… ";
        String tail = link.sentenceEnd() >= text.length() || sentenceEndAt(text, link.sentenceEnd()) ? "" : " …";
        return head + t + tail;
    }

    private static boolean sentenceBoundaryBefore(String text, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
        return k < 0 || ".;:!?".indexOf(text.charAt(k)) >= 0;
    }

    private static boolean sentenceEndAt(String text, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
        return k >= 0 && ".;:!?".indexOf(text.charAt(k)) >= 0;
    }
}
