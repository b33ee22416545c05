package org.vndirective.lineage.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** W3C PROV-O, for where every fact came from. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final String PREFIX = "prov";

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }

    public static final Node Entity = term("Entity");
    public static final Node wasDerivedFrom = term("wasDerivedFrom");
    public static final Node generatedAtTime = term("generatedAtTime");
    public static final Node wasGeneratedBy = term("wasGeneratedBy");
    public static final Node value = term("value");

    private PROV() {}
}
