package org.vndirective.lineage.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.shared.PrefixMapping;
import org.vndirective.lineage.vocab.ELI;
import org.vndirective.lineage.vocab.ORG;
import org.vndirective.lineage.vocab.PROV;
import org.vndirective.lineage.vocab.VND;

/**
 * Writes a dataset to a file chosen by extension: {@code .nq} (sorted, so the same input gives the same bytes),
 * {@code .trig}, {@code .ttl} (the union of all graphs: Turtle has no named graphs) or {@code .jsonld}.
 */
public final class DatasetWriter {
    private DatasetWriter() {}

    public static List<String> extensions() { return List.of(".nq", ".trig", ".ttl", ".jsonld"); }

    public static boolean supports(Path out) {
        String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
        return extensions().stream().anyMatch(n::endsWith);
    }

    public static void write(DatasetGraph ds, Path out) throws IOException {
        String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            if (n.endsWith(".nq")) {
                writeSortedNQuads(ds, os);
            } else if (n.endsWith(".trig")) {
                ds.prefixes().putAll(prefixes());
                RDFDataMgr.write(os, ds, RDFFormat.TRIG_BLOCKS);
            } else if (n.endsWith(".ttl")) {
                Graph union = GraphFactory.createDefaultGraph();
                ds.find().forEachRemaining(q -> union.add(q.asTriple()));
                union.getPrefixMapping().setNsPrefixes(prefixes());
                RDFDataMgr.write(os, union, RDFFormat.TURTLE_BLOCKS);
            } else if (n.endsWith(".jsonld")) {
                RDFDataMgr.write(os, ds, Lang.JSONLD);
            } else {
                throw new IllegalArgumentException("unknown output format for " + out + "; use one of " + extensions());
            }
        }
    }

    static void writeSortedNQuads(DatasetGraph ds, OutputStream os) throws IOException {
        List<Quad> all = new ArrayList<>();
        ds.find().forEachRemaining(all::add);
        NQuadsSink.writeSorted(all, os);
    }

    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefix(VND.PREFIX, VND.NS).setNsPrefix("id", VND.ID)
                .setNsPrefix(ELI.PREFIX, ELI.NS).setNsPrefix(ORG.PREFIX, ORG.NS).setNsPrefix(PROV.PREFIX, PROV.NS)
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/").setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#").setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                .lock();
    }
}
