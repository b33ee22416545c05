package org.vndirective.lineage.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.vndirective.lineage.duty.BodyName;
import org.vndirective.lineage.duty.Deadline;
import org.vndirective.lineage.duty.Duty;
import org.vndirective.lineage.duty.DutyFinder;
import org.vndirective.lineage.extract.Slugs;
import org.vndirective.lineage.resolve.BodyRegistry;
import org.vndirective.lineage.resolve.Places;
import org.vndirective.lineage.resolve.ResolvedCorpus;
import org.vndirective.lineage.text.AlignedText;
import org.vndirective.lineage.text.Folding;
import org.vndirective.lineage.vocab.ORG;
import org.vndirective.lineage.vocab.PROV;
import org.vndirective.lineage.vocab.TIME;
import org.vndirective.lineage.vocab.VND;

/**
 * One file's duties ({@link DutyFinder}) to quads in that file's graph, on the shape of {@code ontology/README.md}
 * ("Duties"). A body's name is the registry's body in the document's own place when the registry knows it (Ban
 * Tuyên giáo Tỉnh ủy in a Quảng Trị plan is Quảng Trị's); else a body node of that place with its printed name
 * ({@code id:body/quang-tri/so-noi-vu}); a plural ("các sở, ban, ngành") a class of bodies of that place
 * ({@code id:body-class/quang-tri/cac-so-ban-nganh}).
 */
public final class DutyGraph {
    private static final DutyFinder FINDER = DutyFinder.standard();
    private static final BodyRegistry REGISTRY = BodyRegistry.load();

    private DutyGraph() {}

    /** Adds the file's duties, set by its own document {@code self}, to {@code q}. */
    static void file(ResolvedCorpus.ResolvedFile f, Node g, Node self, Node src, List<Quad> q) {
        AlignedText text = f.extraction().text();
        List<Duty> duties = FINDER.find(text, f.extraction().header());
        if (duties.isEmpty()) return;
        String name = text.source().name();
        Places.Place place = f.place();
        String scope = place != null ? place.path() : f.self().isNamed() || f.self().scope().startsWith("unknown") ? "unplaced" : f.self().scope();
        Set<Node> written = new HashSet<>();
        int n = 0;
        for (Duty d : duties) {
            Node dn = Iris.duty(name, ++n);
            add(q, g, dn, RDF.type.asNode(), VND.Duty);
            add(q, g, dn, RDF.type.asNode(), PROV.Entity);
            add(q, g, dn, VND.setBy, self);
            add(q, g, dn, VND.dutyKind, Iris.vnd(d.kind().localName()));
            add(q, g, dn, VND.leadBody, body(d.lead(), place, scope, g, q, written));
            for (BodyName s : d.support()) add(q, g, dn, VND.supportBody, body(s, place, scope, g, q, written));
            if (d.reportTo() != null) add(q, g, dn, VND.reportTo, body(d.reportTo(), place, scope, g, q, written));
            if (d.reportVia() != null) add(q, g, dn, VND.reportVia, body(d.reportVia(), place, scope, g, q, written));
            if (d.deadline() != null) deadline(d.deadline(), dn, g, q);
            add(q, g, dn, VND.task, lit(d.task()));
            add(q, g, dn, VND.sentence, lit(org.vndirective.lineage.text.Spaces.collapse(text.text().substring(d.start(), d.end())).strip()));
            add(q, g, dn, VND.cue, lit(d.cue()));
            add(q, g, dn, VND.sourceFile, src);
            add(q, g, dn, PROV.wasDerivedFrom, src);
            GraphBuilder.span(q, g, dn, text, d.start(), d.end());
        }
    }

    private static void deadline(Deadline d, Node duty, Node g, List<Quad> q) {
        Node t = NodeFactory.createURI(duty.getURI() + "/deadline");
        add(q, g, duty, VND.deadline, t);
        add(q, g, duty, VND.deadlineText, lit(d.printed()));
        if (d.dueBy() != null) add(q, g, duty, VND.dueBy, date(d.dueBy()));
        switch (d.form()) {
            case DATE -> {
                add(q, g, t, RDF.type.asNode(), TIME.Instant);
                add(q, g, t, TIME.inXSDDate, date(d.date()));
            }
            case PERIOD -> {
                add(q, g, t, RDF.type.asNode(), TIME.ProperInterval);
                add(q, g, t, org.apache.jena.vocabulary.RDFS.label.asNode(), lit(d.period()));
                Node b = NodeFactory.createURI(t.getURI() + "/begin"), e = NodeFactory.createURI(t.getURI() + "/end");
                add(q, g, t, TIME.hasBeginning, b);
                add(q, g, t, TIME.hasEnd, e);
                add(q, g, b, RDF.type.asNode(), TIME.Instant);
                add(q, g, b, TIME.inXSDDate, date(d.from()));
                add(q, g, e, RDF.type.asNode(), TIME.Instant);
                add(q, g, e, TIME.inXSDDate, date(d.until()));
            }
            case RECURRENCE -> {
                add(q, g, t, RDF.type.asNode(), VND.Recurrence);
                Node every = NodeFactory.createURI(t.getURI() + "/every");
                add(q, g, t, TIME.hasTemporalDuration, every);
                add(q, g, every, RDF.type.asNode(), TIME.Duration);
                boolean years = d.everyMonths() % 12 == 0;
                add(q, g, every, TIME.numericDuration, NodeFactory.createLiteralDT(String.valueOf(years ? d.everyMonths() / 12 : d.everyMonths()), XSDDatatype.XSDinteger));
                add(q, g, every, TIME.unitType, years ? TIME.unitYear : TIME.unitMonth);
                for (var day : d.days()) add(q, g, t, VND.onDayOfYear, NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDgMonthDay));
            }
        }
    }

    /** The node a printed body name stands for in the document's place, written into the graph when it is the file's own. */
    private static Node body(BodyName b, Places.Place place, String scope, Node g, List<Quad> q, Set<Node> written) {
        String folded = Folding.fold(b.printed()).toLowerCase(Locale.ROOT);
        if (!b.plural()) {
            Optional<BodyRegistry.Body> known = REGISTRY.findByName(b.printed(), place != null ? place.province() : null, place != null ? place.district() : null);
            // A central body's pattern must not take a province's organ of the same name (Ban Dân vận Tỉnh ủy).
            if (known.isPresent() && !(known.get().level() == BodyRegistry.Level.CENTRAL && local(folded))) return Iris.body(known.get().id());
        }
        String slug = Slugs.slug(b.printed());
        if (slug.length() > 80) slug = slug.substring(0, 80).replaceAll("-+$", "");
        Node n = NodeFactory.createURI(VND.ID + (b.plural() ? "body-class/" : "body/") + scope + "/" + slug);
        if (written.add(n)) {
            if (b.plural()) {
                add(q, g, n, RDF.type.asNode(), VND.BodyClass);
            } else {
                add(q, g, n, RDF.type.asNode(), ORG.Organization);
                add(q, g, n, RDF.type.asNode(), VND.Body);
                if (place != null) add(q, g, n, VND.level, place.district() == null ? VND.levelProvince : VND.levelDistrict);
            }
            add(q, g, n, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(b.printed(), "vi"));
            if (place != null) add(q, g, n, VND.jurisdiction, lit(place.name()));
        }
        return n;
    }

    private static boolean local(String folded) {
        String f = " " + folded + " ";
        return f.contains(" tinh ") || f.contains(" huyen ") || f.contains(" thanh pho ") || f.contains(" thi xa ") || f.contains(" tinh uy ");
    }

    private static Node date(java.time.LocalDate d) { return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate); }

    private static Node lit(String s) { return NodeFactory.createLiteralString(s); }

    private static void add(List<Quad> q, Node g, Node s, Node p, Node o) { q.add(Quad.create(g, s, p, o)); }
}
