package org.vndirective.lineage.extract;

import java.util.Locale;
import org.vndirective.lineage.text.Folding;

/** ASCII slugs for IRIs: "Lâm Đồng" → "lam-dong", "QĐ" → "qd". */
public final class Slugs {
    private Slugs() {}

    public static String slug(String s) {
        String f = Folding.fold(s.strip()).toLowerCase(Locale.ROOT);
        return f.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
