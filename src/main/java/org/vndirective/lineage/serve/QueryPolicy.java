package org.vndirective.lineage.serve;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.Element1;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.vndirective.lineage.vocab.VND;

/**
 * What the endpoint refuses before running a request: anything that would make the server fetch a URL (SERVICE
 * outside the operator's list, SERVICE ?var, LOAD, FROM and USING of graphs that are not this store's), and syntax
 * trees deep or wide enough to overflow the stack of the query engine. Immutable; one per server.
 */
record QueryPolicy(Set<String> allowedServices, int maxDepth, int maxUnionBranches) {
    static final int DEPTH = 200;
    static final int UNION_BRANCHES = 512;

    QueryPolicy {
        allowedServices = Set.copyOf(allowedServices);
    }

    static QueryPolicy standard(Set<String> allowedServices) { return new QueryPolicy(allowedServices, DEPTH, UNION_BRANCHES); }

    /** Why the request is refused; thrown by the checks, answered 400. */
    static final class Refused extends RuntimeException {
        Refused(String message) { super(message, null, false, false); }
    }

    /** A dataset graph this store holds (or a local urn:), never a URL to fetch. */
    static boolean localGraph(String iri) { return iri.startsWith(VND.GRAPH) || iri.startsWith("urn:"); }

    void check(Query q) { query(q, 0); }

    void check(UpdateRequest request) {
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad load) throw new Refused("LOAD is refused: this server fetches no URL (" + load.getSource() + ")");
            if (u instanceof UpdateWithUsing w) {
                graphs("USING", w.getUsing());
                graphs("USING NAMED", w.getUsingNamed());
                if (w instanceof org.apache.jena.sparql.modify.request.UpdateModify m && m.getWherePattern() != null) element(m.getWherePattern(), 1);
            }
        }
    }

    /** FROM, FROM NAMED, USING and the protocol's graph parameters. */
    void graphs(String clause, List<?> iris) {
        if (iris == null) return;
        for (Object o : iris) {
            String iri = o instanceof Node n ? (n.isURI() ? n.getURI() : n.toString()) : String.valueOf(o);
            if (!localGraph(iri)) {
                throw new Refused(clause + " <" + iri + "> is refused: only this store's graphs (" + VND.GRAPH + "…) can be named; this server fetches no URL");
            }
        }
    }

    private void query(Query q, int depth) {
        graphs("FROM", q.getGraphURIs());
        graphs("FROM NAMED", q.getNamedGraphURIs());
        if (q.getQueryPattern() != null) element(q.getQueryPattern(), depth + 1);
        if (q.getProject() != null) q.getProject().getExprs().values().forEach(e -> expr(e, depth + 1));
        if (q.hasGroupBy()) q.getGroupBy().getExprs().values().forEach(e -> expr(e, depth + 1));
        if (q.hasHaving()) q.getHavingExprs().forEach(e -> expr(e, depth + 1));
        if (q.hasOrderBy()) for (SortCondition c : q.getOrderBy()) expr(c.getExpression(), depth + 1);
    }

    private void deep(int depth) {
        if (depth > maxDepth) throw new Refused("the query is nested more than " + maxDepth + " levels deep");
    }

    private void element(Element e, int depth) {
        deep(depth);
        if (e instanceof ElementGroup g) {
            for (Element x : g.getElements()) element(x, depth + 1);
        } else if (e instanceof ElementUnion u) {
            if (u.getElements().size() > maxUnionBranches) {
                throw new Refused("a UNION of " + u.getElements().size() + " branches is refused (at most " + maxUnionBranches + ")");
            }
            for (Element x : u.getElements()) element(x, depth + 1);
        } else if (e instanceof ElementService s) {
            Node service = s.getServiceNode();
            if (!service.isURI()) throw new Refused("SERVICE " + service + " is refused: this server fetches no URL given at run time");
            if (!allowedServices.contains(service.getURI())) {
                throw new Refused("SERVICE <" + service.getURI() + "> is refused: this server only calls the endpoints its operator allows ("
                        + (allowedServices.isEmpty() ? "none" : String.join(", ", allowedServices.stream().sorted().toList())) + ")");
            }
            element(s.getElement(), depth + 1);
        } else if (e instanceof ElementSubQuery s) {
            query(s.getQuery(), depth + 1);
        } else if (e instanceof ElementOptional o) {
            element(o.getOptionalElement(), depth + 1);
        } else if (e instanceof ElementMinus m) {
            element(m.getMinusElement(), depth + 1);
        } else if (e instanceof ElementNamedGraph g) {
            element(g.getElement(), depth + 1);
        } else if (e instanceof ElementLateral l) {
            element(l.getLateralElement(), depth + 1);
        } else if (e instanceof Element1 one) {
            element(one.getElement(), depth + 1);
        } else if (e instanceof ElementFilter f) {
            expr(f.getExpr(), depth + 1);
        } else if (e instanceof ElementBind b) {
            expr(b.getExpr(), depth + 1);
        } else if (e instanceof ElementAssign a) {
            expr(a.getExpr(), depth + 1);
        }
    }

    private void expr(Expr e, int depth) {
        deep(depth);
        if (e instanceof ExprFunctionOp op) {
            element(op.getElement(), depth + 1);
        } else if (e instanceof ExprAggregator a) {
            if (a.getAggregator().getExprList() != null) a.getAggregator().getExprList().forEach(x -> expr(x, depth + 1));
        } else if (e instanceof ExprFunction f) {
            for (Expr x : f.getArgs()) expr(x, depth + 1);
        }
    }
}
