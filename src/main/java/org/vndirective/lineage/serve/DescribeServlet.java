package org.vndirective.lineage.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.irix.IRIs;
import org.vndirective.lineage.rdf.DatasetWriter;
import org.vndirective.lineage.store.QueryTarget;
import org.vndirective.lineage.vocab.VND;

/**
 * Dereferences an IRI: {@code GET /doc?iri=…} or {@code GET /id/…} answers what the graph says of the resource
 * (its triples both ways, and the evidence of its links) as Turtle, JSON-LD or, for browsers, an HTML page.
 */
final class DescribeServlet extends HttpServlet {
    private static final String DESCRIBE = """
            PREFIX vnd: <https://w3id.org/vn-directive/ontology#>
            CONSTRUCT { ?r ?p ?o . ?s ?q ?r . ?ev ?ep ?eo . }
            WHERE {
              { ?r ?p ?o }
              UNION { ?s ?q ?r FILTER(?q != vnd:lineageAncestor) }
              UNION { { ?ev vnd:linkSubject ?r } UNION { ?ev vnd:linkObject ?r } ?ev ?ep ?eo }
            }""";

    private final transient QueryTarget store;

    DescribeServlet(QueryTarget store) { this.store = store; }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri = req.getParameter("iri");
        if (iri == null && req.getPathInfo() != null) {
            // From the raw path: a file name's %3C in an IRI must stay %3C, not become '<'.
            iri = VND.ID + canonical(req.getRequestURI().substring(req.getContextPath().length() + "/id/".length()));
        }
        if (iri == null || iri.isBlank()) {
            resp.sendError(400, "give the IRI to describe: /doc?iri=… or /id/…");
            return;
        }
        if (!IRIs.check(iri)) {
            resp.sendError(400, "not an IRI: " + iri);
            return;
        }
        Model m = ModelFactory.createModelForGraph(store.query(QueryFactory.create(DESCRIBE.replace("?r", "<" + iri + ">")), QueryExec::construct));
        if (m.isEmpty()) {
            if (String.valueOf(req.getHeader("Accept")).contains("text/html")) {
                resp.setStatus(404);
                resp.setContentType("text/html; charset=utf-8");
                resp.getOutputStream().write(page(iri, "<h1>Không tìm thấy · Not found</h1><p>Kho không có gì về định danh này"
                        + " · The store holds nothing about</p><p><code>" + Html.escape(iri) + "</code></p>").getBytes(StandardCharsets.UTF_8));
            } else {
                resp.sendError(404, "nothing is known of " + iri);
            }
            return;
        }
        m.setNsPrefixes(DatasetWriter.prefixes());
        String accept = String.valueOf(req.getHeader("Accept"));
        resp.setHeader("Vary", "Accept");
        try (OutputStream out = resp.getOutputStream()) {
            if (accept.contains("application/ld+json")) {
                resp.setContentType("application/ld+json");
                RDFDataMgr.write(out, m, Lang.JSONLD);
            } else if (accept.contains("text/html")) {
                resp.setContentType("text/html; charset=utf-8");
                out.write(html(iri, m).getBytes(StandardCharsets.UTF_8));
            } else {
                resp.setContentType("text/turtle; charset=utf-8");
                RDFDataMgr.write(out, m, Lang.TURTLE);
            }
        }
    }

    /**
     * A request path as the IRI minted for it (see {@code Iris.escape}): escapes of bytes an IRI keeps as they are
     * (non-ASCII, letters, digits, {@code -._~/}) are decoded, the others kept in upper case.
     */
    static String canonical(String rawPath) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            int b = c == '%' && i + 2 < rawPath.length() ? hex(rawPath, i + 1) : -1;
            if (b < 0) {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            } else {
                if (b >= 0x80 || Character.isLetterOrDigit(b) || "-._~/".indexOf(b) >= 0) out.write(b);
                else out.writeBytes(("%" + rawPath.substring(i + 1, i + 3).toUpperCase(java.util.Locale.ROOT)).getBytes(StandardCharsets.US_ASCII));
                i += 2;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(String s, int at) {
        int hi = Character.digit(s.charAt(at), 16), lo = Character.digit(s.charAt(at + 1), 16);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }

    /** A plain page: every string from the data escaped. */
    static String html(String iri, Model m) {
        StringBuilder b = new StringBuilder("<h1>").append(Html.escape(iri)).append("</h1><div class=\"scroll-x\"><table>")
                .append("<tr><th>subject</th><th>property</th><th>value</th></tr>");
        m.listStatements().toList().stream().map(DescribeServlet::row).sorted().forEach(b::append);
        return page(iri, b.append("</table></div>").toString());
    }

    /** The explorer's header and styles around a body, with a way back to the document's page in the explorer. */
    private static String page(String iri, String body) {
        String back = "/#/doc/" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
        return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(iri) + " · RDF</title><link rel=\"stylesheet\" href=\"/style.css\"></head><body><header>"
                + "<a href=\"/\" class=\"home\">Dòng chảy văn bản chỉ đạo</a><nav><a href=\"" + Html.escape(back) + "\" id=\"back\">"
                + "← Trang văn bản · Document page</a></nav></header><main>" + body + "</main></body></html>";
    }

    private static String row(Statement s) {
        return "<tr><td>" + Html.link(s.getSubject().toString()) + "</td><td>" + Html.escape(m(s.getPredicate().getURI()))
                + "</td><td>" + (s.getObject().isURIResource() ? Html.link(s.getObject().toString())
                : Html.escape(s.getObject().isLiteral() ? s.getObject().asLiteral().getLexicalForm() : s.getObject().toString())) + "</td></tr>";
    }

    private static String m(String uri) { return uri.startsWith(VND.NS) ? "vnd:" + uri.substring(VND.NS.length()) : uri; }
}
