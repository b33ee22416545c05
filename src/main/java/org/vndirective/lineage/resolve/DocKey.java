package org.vndirective.lineage.resolve;

/**
 * A document's identity: where its numbering lives (scope: "tw", "vn", "lam-dong", "lam-dong/cat-tien"), its
 * issuer and type codes, its number ({@link org.vndirective.lineage.extract.Notation#bareNumber()}), and when (a year, else "khoa-xii", else "undated"). Documents without a
 * number are identified by a slug alone. Never the notation alone: every province has its own TU, and numbers
 * restart each term.
 */
public record DocKey(String scope, String issuer, String typeCode, String number, String when, String slug) {

    public static DocKey named(String slug) { return new DocKey(null, null, null, null, null, slug); }

    public boolean isNamed() { return slug != null; }

    /** The identity without its time, to gather every mention of "59-KH/TU in Lâm Đồng". */
    public DocKey series() { return isNamed() ? this : new DocKey(scope, issuer, typeCode, number, null, null); }

    public DocKey at(String when) { return new DocKey(scope, issuer, typeCode, number, when, slug); }

    /** The IRI path under id:, e.g. {@code tw/kl/2017/18}, {@code lam-dong/tu/kh/2018/59}. */
    public String path() {
        if (isNamed()) return slug;
        StringBuilder b = new StringBuilder(scope).append('/');
        String iss = org.vndirective.lineage.extract.Slugs.slug(issuer);
        if (!iss.equals("tw")) b.append(iss).append('/');
        b.append(org.vndirective.lineage.extract.Slugs.slug(typeCode)).append('/').append(when).append('/').append(number);
        return b.toString();
    }
}
