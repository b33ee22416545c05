package org.vndirective.lineage.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.vndirective.lineage.vocab.VND;

/** HTML escaping: every string from the data goes through here ("<script>" in a title stays text). */
final class Html {
    private Html() {}

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A link to dereference an IRI on this server: {@code /id/…} for plain ones, {@code /doc?iri=…} for the rest (a
     * file name's escapes, such as %25, are ambiguous in a path, and servers may refuse them there).
     */
    static String link(String iri) {
        boolean plain = iri.startsWith(VND.ID) && iri.indexOf('%') < 0;
        String href = plain ? "/id/" + iri.substring(VND.ID.length()) : "/doc?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
        return "<a href=\"" + escape(href) + "\">" + escape(iri) + "</a>";
    }
}
