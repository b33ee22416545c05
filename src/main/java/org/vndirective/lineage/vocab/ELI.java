package org.vndirective.lineage.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** European Legislation Identifier ontology 1.5, the terms this project aligns with. */
public final class ELI {
    public static final String NS = "http://data.europa.eu/eli/ontology#";
    public static final String PREFIX = "eli";

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }

    public static final Node LegalResource = term("LegalResource");
    public static final Node ensures_implementation_of = term("ensures_implementation_of");
    public static final Node based_on = term("based_on");
    public static final Node cites = term("cites");
    public static final Node related_to = term("related_to");
    public static final Node refers_to = term("refers_to");
    public static final Node amends = term("amends");
    public static final Node repeals = term("repeals");
    public static final Node passed_by = term("passed_by");
    public static final Node date_document = term("date_document");
    public static final Node id_local = term("id_local");

    private ELI() {}
}
