package org.vndirective.lineage.extract;

import java.util.regex.Pattern;
import java.util.Locale;
import org.vndirective.lineage.text.Folding;

/** ASCII slugs for IRIs: "Lâm Đồng" → "lam-dong", "QĐ" → "qd". */
public final class Slugs {
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private Slugs() {}

    public static String slug(String s) {
        String f = Folding.fold(s.strip()).toLowerCase(Locale.ROOT);
        return EDGE_DASHES.matcher(NON_ALNUM.matcher(f).replaceAll("-")).replaceAll("");
    }
}
