package org.vndirective.lineage.resolve;

import java.util.Optional;

/**
 * Where a text is from and who issued what: provinces, districts and bodies as a text prints them. Backed by the
 * body registry; kept to this small surface so the resolver can be tested on a handful of places.
 */
public interface Places {
    /** A province or district: its slug path ("lam-dong", "lam-dong/cat-tien") and official name. */
    record Place(String province, String district, String name) {
        public String path() { return district == null ? province : province + "/" + district; }
    }

    /** The first province (or a district, with its province) named in the text, OCR-tolerant. */
    Optional<Place> findIn(String text);

    /** The body a printed name stands for ("Ban Thường vụ Tỉnh ủy" in Lâm Đồng), as its id under id:body/. */
    Optional<String> bodyId(String printedName, Place context);

    /** The body an issuer code stands for in a place (TU in Lâm Đồng → lam-dong/tinh-uy). */
    Optional<String> bodyIdForCode(String issuerCode, Place context);

    /** Whether two bodies can have issued the same document: the same, or one inside the other. */
    boolean compatible(String bodyA, String bodyB);

    /** The Ban Thường vụ of a committee ("T/M BAN THƯỜNG VỤ" signs for it), or the committee itself. */
    String standingCommittee(String committeeId);

    /** The bodies as reference triples (org:Organization, nesting, levels, lifetimes) into graph {@code g}. */
    void writeReference(java.util.function.Consumer<org.apache.jena.sparql.core.Quad> out, org.apache.jena.graph.Node g);
}
