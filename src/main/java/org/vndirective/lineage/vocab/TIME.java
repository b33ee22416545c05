package org.vndirective.lineage.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** W3C OWL-Time, for duties' deadlines: instants, intervals (a quarter, a year) and durations (định kỳ 6 tháng). */
public final class TIME {
    public static final String NS = "http://www.w3.org/2006/time#";
    public static final String PREFIX = "time";

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }

    public static final Node TemporalEntity = term("TemporalEntity");
    public static final Node Instant = term("Instant");
    public static final Node ProperInterval = term("ProperInterval");
    public static final Node Duration = term("Duration");
    public static final Node inXSDDate = term("inXSDDate");
    public static final Node hasBeginning = term("hasBeginning");
    public static final Node hasEnd = term("hasEnd");
    public static final Node hasTemporalDuration = term("hasTemporalDuration");
    public static final Node numericDuration = term("numericDuration");
    public static final Node unitType = term("unitType");
    public static final Node unitMonth = term("unitMonth");
    public static final Node unitYear = term("unitYear");
    public static final Node unitWeek = term("unitWeek");

    private TIME() {}
}
