package org.vndirective.lineage.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The project's own ontology, {@code vnd:}. Terms here must match {@code ontology/vnd.ttl}; a test checks both ways. */
public final class VND {
    public static final String NS = "https://w3id.org/vn-directive/ontology#";
    public static final String PREFIX = "vnd";
    /** Base of every instance IRI the graph mints (documents, bodies, sources, evidence). */
    public static final String ID = "https://w3id.org/vn-directive/id/";
    /** Base of named graphs: one per source file, plus reference data and derived closure. */
    public static final String GRAPH = "https://w3id.org/vn-directive/graph/";
    public static final String GRAPH_REFERENCE = GRAPH + "reference";
    public static final String GRAPH_CLOSURE = GRAPH + "lineage-closure";
    /** Every document once, as resolution across all files (and the reference data) describes it. */
    public static final String GRAPH_DOCUMENTS = GRAPH + "documents";
    /** Prefix of the per-file graphs: {@code GRAPH_SOURCE + fileName}. */
    public static final String GRAPH_SOURCE = GRAPH + "source/";

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }

    // Classes
    public static final Node Document = term("Document");
    public static final Node PartyDocument = term("PartyDocument");
    public static final Node StateDocument = term("StateDocument");
    public static final Node SourceFile = term("SourceFile");
    /** The document a text without header or number is (a news item, an unnumbered report). */
    public static final Node SourceText = term("SourceText");
    public static final Node Mention = term("Mention");
    public static final Node LinkEvidence = term("LinkEvidence");
    public static final Node Body = term("Body");
    public static final Node Level = term("Level");

    // Document description
    public static final Node notation = term("notation");
    public static final Node printedNotation = term("printedNotation");
    public static final Node number = term("number");
    public static final Node typeCode = term("typeCode");
    public static final Node issuerCode = term("issuerCode");
    public static final Node documentType = term("documentType");
    public static final Node documentClass = term("documentClass");
    public static final Node term = term("term");
    public static final Node issuedBy = term("issuedBy");
    public static final Node place = term("place");
    public static final Node signer = term("signer");
    public static final Node signerRole = term("signerRole");
    public static final Node recipient = term("recipient");
    public static final Node alias = term("alias");
    public static final Node jurisdiction = term("jurisdiction");

    // Lineage relations, newer -> older
    public static final Node lineage = term("lineage");
    public static final Node implementsDoc = term("implements");
    public static final Node continues = term("continues");
    public static final Node reviews = term("reviews");
    public static final Node guides = term("guides");
    public static final Node basedOn = term("basedOn");
    public static final Node associatedWith = term("associatedWith");
    public static final Node amends = term("amends");
    public static final Node replaces = term("replaces");
    public static final Node cites = term("cites");
    /** Materialised transitive closure of {@link #lineage}, stored in {@link #GRAPH_CLOSURE}. */
    public static final Node lineageAncestor = term("lineageAncestor");
    public static final Node lineageDepth = term("lineageDepth");

    // Bodies
    public static final Node level = term("level");
    public static final Node levelCentral = term("Central");
    public static final Node levelProvince = term("Province");
    public static final Node levelDistrict = term("District");
    public static final Node code = term("code");
    public static final Node validFrom = term("validFrom");
    public static final Node validUntil = term("validUntil");

    // Provenance of files, mentions and links
    public static final Node fileName = term("fileName");
    public static final Node sha256 = term("sha256");
    /** Store bookkeeping: how many links the stored closure holds (absent while it is being rebuilt). */
    public static final Node closureSize = term("closureSize");
    public static final Node encoding = term("encoding");
    public static final Node byteLength = term("byteLength");
    public static final Node sourceFile = term("sourceFile");
    public static final Node start = term("start");
    public static final Node end = term("end");
    public static final Node page = term("page");
    public static final Node sentence = term("sentence");
    public static final Node searchText = term("searchText");
    public static final Node printed = term("printed");
    public static final Node cue = term("cue");
    public static final Node linkSubject = term("linkSubject");
    public static final Node linkRelation = term("linkRelation");
    public static final Node linkObject = term("linkObject");
    public static final Node mentionOf = term("mentionOf");
    public static final Node candidate = term("candidate");
    public static final Node resolution = term("resolution");

    // Duties: what a document assigns, to whom, by when
    public static final Node Duty = term("Duty");
    public static final Node DutyKind = term("DutyKind");
    public static final Node TaskDuty = term("TaskDuty");
    public static final Node ReportDuty = term("ReportDuty");
    public static final Node PlanDuty = term("PlanDuty");
    public static final Node TargetDuty = term("TargetDuty");
    public static final Node BodyClass = term("BodyClass");
    public static final Node Recurrence = term("Recurrence");
    public static final Node setBy = term("setBy");
    public static final Node dutyKind = term("dutyKind");
    public static final Node leadBody = term("leadBody");
    public static final Node supportBody = term("supportBody");
    public static final Node reportTo = term("reportTo");
    public static final Node reportVia = term("reportVia");
    public static final Node deadline = term("deadline");
    public static final Node dueBy = term("dueBy");
    public static final Node deadlineText = term("deadlineText");
    public static final Node task = term("task");
    public static final Node onDayOfYear = term("onDayOfYear");

    private VND() {}
}
