package org.vndirective.lineage.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * N-Triples terms and N-Quads lines, written exactly as Jena's {@link NodeFmtLib#strNT} writes them, without its
 * per-char writer: formatting took a third of the ingest. {@code NTermsTest} holds the two to the same output.
 */
public final class NTerms {
    private NTerms() {}

    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The N-Quads line of a quad, with its final newline. */
    public static String line(Quad q) {
        StringBuilder b = new StringBuilder(160);
        append(b, q.getSubject()).append(' ');
        append(b, q.getPredicate()).append(' ');
        append(b, q.getObject());
        if (!q.isDefaultGraph()) append(b.append(' '), q.getGraph());
        return b.append(" .\n").toString();
    }

    /** The N-Triples form of a term. */
    public static String term(Node n) { return append(new StringBuilder(), n).toString(); }

    static StringBuilder append(StringBuilder b, Node n) {
        if (n.isURI()) return iri(b, n.getURI());
        if (n.isLiteral() && n.getLiteralBaseDirection() == null) {
            literal(b, n.getLiteralLexicalForm());
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return b.append('@').append(lang);
            String dt = n.getLiteralDatatypeURI();
            return dt == null || dt.equals(XSD_STRING) ? b : iri(b.append("^^"), dt);
        }
        return b.append(NodeFmtLib.strNT(n));
    }

    private static StringBuilder iri(StringBuilder b, String iri) {
        b.append('<');
        int done = 0;
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (!badInIri(c)) continue;
            b.append(iri, done, i).append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
            done = i + 1;
        }
        return b.append(iri, done, iri.length()).append('>');
    }

    // Jena escapes U+0000–U+0013, not U+0014–U+001F; matched as is.
    private static boolean badInIri(char c) {
        return c <= 0x13 || c == ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                || c == '{' || c == '|' || c == '}' || c == 0x7F;
    }

    private static void literal(StringBuilder b, String s) {
        b.append('"');
        int done = 0;
        for (int i = 0; i < s.length(); i++) {
            String esc = switch (s.charAt(i)) {
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\f' -> "\\f";
                case '\r' -> "\\r";
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\uFFFD' -> "\\uFFFD";
                default -> null;
            };
            if (esc == null) continue;
            b.append(s, done, i).append(esc);
            done = i + 1;
        }
        b.append(s, done, s.length()).append('"');
    }
}
