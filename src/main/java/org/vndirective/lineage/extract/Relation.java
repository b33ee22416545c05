package org.vndirective.lineage.extract;

/** The typed links, each with its property's local name in {@code vnd:}; all point from newer to older. */
public enum Relation {
    IMPLEMENTS("implements", true),
    CONTINUES("continues", true),
    REVIEWS("reviews", true),
    GUIDES("guides", true),
    BASED_ON("basedOn", false),
    ASSOCIATED_WITH("associatedWith", false),
    AMENDS("amends", false),
    REPLACES("replaces", false);

    private final String localName;
    private final boolean lineage;

    Relation(String localName, boolean lineage) {
        this.localName = localName;
        this.lineage = lineage;
    }

    public String localName() { return localName; }

    /** Whether the relation is a step of a lineage chain ({@code vnd:lineage}). */
    public boolean lineage() { return lineage; }

    public static Relation fromLocalName(String name) {
        for (Relation r : values()) if (r.localName.equals(name)) return r;
        throw new IllegalArgumentException("unknown relation " + name);
    }
}
