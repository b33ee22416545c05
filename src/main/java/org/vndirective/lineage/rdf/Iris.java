package org.vndirective.lineage.rdf;

import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.vndirective.lineage.vocab.VND;

/** The IRIs the graph mints: readable, stable across runs, derived only from identity and file names. */
public final class Iris {
    private Iris() {}

    public static Node doc(String path) { return NodeFactory.createURI(VND.ID + path); }

    public static Node body(String bodyId) { return NodeFactory.createURI(VND.ID + "body/" + bodyId); }

    public static Node source(String fileName) { return NodeFactory.createURI(VND.ID + "source/" + escape(fileName)); }

    public static Node graph(String fileName) { return NodeFactory.createURI(VND.GRAPH_SOURCE + escape(fileName)); }

    public static Node evidence(String fileName, int n) { return NodeFactory.createURI(VND.ID + "evidence/" + escape(fileName) + "/" + n); }

    public static Node mention(String fileName, int n) { return NodeFactory.createURI(VND.ID + "mention/" + escape(fileName) + "/" + n); }

    public static Node duty(String fileName, int n) { return NodeFactory.createURI(VND.ID + "duty/" + escape(fileName) + "/" + n); }

    public static Node docType(String className) { return NodeFactory.createURI(VND.ID + "doc-type/" + className); }

    public static Node vnd(String localName) { return NodeFactory.createURI(VND.NS + localName); }

    /** Keeps letters (also Vietnamese), digits and {@code -._~/}; percent-encodes the rest (spaces, '#', a backslash, …). */
    static String escape(String path) {
        StringBuilder b = new StringBuilder();
        for (byte by : path.getBytes(StandardCharsets.UTF_8)) {
            int c = by & 0xFF;
            if (c >= 0x80 || Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0) b.append((char) c);
            else b.append('%').append(String.format("%02X", c));
        }
        // Re-decode the kept UTF-8 bytes so non-ASCII letters stay readable.
        return new String(b.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
