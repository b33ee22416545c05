package org.vndirective.lineage.extract;

/** The typed links, each with its property's local name in {@code vnd:}; all point from newer to older. */
public enum Relation {
    IMPLEMENTS("implements"),
    CONTINUES("continues"),
    REVIEWS("reviews"),
    GUIDES("guides"),
    BASED_ON("basedOn"),
    ASSOCIATED_WITH("associatedWith"),
    AMENDS("amends"),
    REPLACES("replaces");

    private final String localName;

    Relation(String localName) { this.localName = localName; }

    public String localName() { return localName; }

    public static Relation fromLocalName(String name) {
        for (Relation r : values()) if (r.localName.equals(name)) return r;
        throw new IllegalArgumentException("unknown relation " + name);
    }
}
