package org.vndirective.lineage.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** W3C Organization Ontology, for issuing bodies and how they nest. */
public final class ORG {
    public static final String NS = "http://www.w3.org/ns/org#";
    public static final String PREFIX = "org";

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }

    public static final Node Organization = term("Organization");
    public static final Node OrganizationalUnit = term("OrganizationalUnit");
    public static final Node subOrganizationOf = term("subOrganizationOf");
    public static final Node unitOf = term("unitOf");
    public static final Node classification = term("classification");

    private ORG() {}
}
