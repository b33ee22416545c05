package org.vndirective.lineage.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;

/**
 * In front of Fuseki: a request over the size limit is answered 413 before anything parses it; a query or update
 * the {@link QueryPolicy} refuses is answered 400 with the reason; the admin update service answers only requests
 * addressed to loopback from no other origin; folders are never listed.
 */
final class RequestGuard implements Filter {
    private static final List<String> GRAPH_PARAMS = List.of("default-graph-uri", "named-graph-uri", "using-graph-uri", "using-named-graph-uri");
    private final QueryPolicy policy;
    private final int maxQueryBytes;
    private final java.util.concurrent.Semaphore running;
    private final long waitMs;

    /**
     * @param running queries that may run at once; the others wait their turn in order, up to {@code waitMs}, then get
     *     503. On a few cores, sixty-four queries at once are slower for all than the same queries in turn.
     */
    RequestGuard(QueryPolicy policy, int maxQueryBytes, int running, long waitMs) {
        this.policy = policy;
        this.maxQueryBytes = maxQueryBytes;
        this.running = new java.util.concurrent.Semaphore(running, true);
        this.waitMs = waitMs;
    }

    private static final class Answer extends Exception {
        final int status;
        Answer(int status, String message) { super(message, null, false, false); this.status = status; }
    }

    @Override public void doFilter(ServletRequest sreq, ServletResponse sresp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) sreq;
        HttpServletResponse resp = (HttpServletResponse) sresp;
        String path = req.getRequestURI();
        if (path.length() > 1 && path.endsWith("/")) {
            answer(resp, 404, "no listing of " + path);
            return;
        }
        if (!path.equals(LineageServer.DATASET) && !path.startsWith(LineageServer.DATASET + "/")) {
            chain.doFilter(req, resp);
            return;
        }
        HttpServletRequest checked;
        try {
            if (path.equals(LineageServer.DATASET + "/update")) adminOnly(req);
            checked = check(req);
            if (!running.tryAcquire(waitMs, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new Answer(503, "the server is busy: no query could start within " + waitMs + " ms; try again");
            }
        } catch (Answer a) {
            answer(resp, a.status, a.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(resp, 503, "the server is stopping");
            return;
        }
        try {
            chain.doFilter(checked, resp);
        } finally {
            running.release();
        }
    }

    /** A refusal as Fuseki words its own: the status and one line of plain text, whatever the client accepts. */
    private static void answer(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The admin service is for a local curator: no DNS-rebound Host, no page from another origin. */
    private static void adminOnly(HttpServletRequest req) throws Answer {
        String host = String.valueOf(req.getHeader("Host"));
        if (!loopbackAuthority(host)) throw new Answer(403, "the update service answers only requests to localhost (Host: " + host + ")");
        String origin = req.getHeader("Origin");
        if (origin != null && !(loopbackAuthority(origin.replaceFirst("^https?://", "")) && sameOrigin(origin, req))) {
            throw new Answer(403, "the update service answers no request from another origin (" + origin + ")");
        }
    }

    private static boolean loopbackAuthority(String authority) {
        String h = authority.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]");
    }

    private static boolean sameOrigin(String origin, HttpServletRequest req) {
        try {
            return URI.create(origin).getPort() == req.getLocalPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private HttpServletRequest check(HttpServletRequest req) throws Answer, IOException {
        HttpServletRequest out = req;
        String query = null, update = null;
        if ("POST".equalsIgnoreCase(req.getMethod())) {
            String type = String.valueOf(req.getContentType()).toLowerCase(Locale.ROOT);
            long length = req.getContentLengthLong();
            boolean direct = type.startsWith("application/sparql-query") || type.startsWith("application/sparql-update");
            if (direct) {
                if (length > maxQueryBytes) throw tooLarge(length);
                byte[] body = req.getInputStream().readNBytes(maxQueryBytes + 1);
                if (body.length > maxQueryBytes) throw tooLarge(-1);
                String text = new String(body, StandardCharsets.UTF_8);
                if (type.startsWith("application/sparql-query")) query = text; else update = text;
                out = new CachedBody(req, body);
            } else if (type.startsWith("application/x-www-form-urlencoded")) {
                if (length < 0) throw new Answer(411, "a form POST needs a Content-Length");
                // Percent-encoding can triple the bytes of a query.
                if (length > 3L * maxQueryBytes) throw tooLarge(length);
            }
        } else if (req.getQueryString() != null && req.getQueryString().length() > 3L * maxQueryBytes) {
            throw tooLarge(req.getQueryString().length());
        }
        if (query == null) query = req.getParameter("query");
        if (update == null) update = req.getParameter("update");
        for (String p : GRAPH_PARAMS) {
            String[] v = req.getParameterValues(p);
            if (v != null) refuse(() -> policy.graphs(p, Arrays.asList(v)));
        }
        if (query != null) {
            size(query);
            String q = query;
            refuse(() -> policy.check(QueryFactory.create(q, Syntax.syntaxARQ)));
        }
        if (update != null) {
            size(update);
            String u = update;
            refuse(() -> policy.check(UpdateFactory.create(u, Syntax.syntaxARQ)));
        }
        return out;
    }

    private void size(String text) throws Answer {
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxQueryBytes) throw tooLarge(bytes);
    }

    private Answer tooLarge(long bytes) {
        return new Answer(413, "the query is larger than this server's limit of " + maxQueryBytes + " bytes"
                + (bytes >= 0 ? " (" + bytes + ")" : ""));
    }

    /** Runs a check: a refusal or a parse too deep for the stack is a 400; a syntax error is left to Fuseki's message. */
    private static void refuse(Runnable check) throws Answer {
        try {
            check.run();
        } catch (QueryPolicy.Refused e) {
            throw new Answer(400, e.getMessage());
        } catch (StackOverflowError e) {
            throw new Answer(400, "the query is nested too deeply to parse");
        } catch (QueryException e) {
            // The parser reports a stack overflow as a parse error.
            if (e.getCause() instanceof StackOverflowError || String.valueOf(e.getMessage()).contains("StackOverflowError")) {
                throw new Answer(400, "the query is nested too deeply to parse");
            }
            // Otherwise Fuseki parses it again and answers 400 with the parser's message.
        }
    }

    /** The request with its body already read (to measure it) and replayed. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener l) { throw new UnsupportedOperationException(); }
            };
        }

        @Override public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override public int getContentLength() { return body.length; }

        @Override public long getContentLengthLong() { return body.length; }
    }
}
