package org.vndirective.lineage;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** SPARQL over the union of an ingest's graphs, the way researchers will ask. */
public final class GraphQueries {
    public static final String PREFIXES = """
            PREFIX vnd: <https://w3id.org/vn-directive/ontology#>
            PREFIX id: <https://w3id.org/vn-directive/id/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private final Dataset union;

    public GraphQueries(DatasetGraph ds) {
        DatasetGraph u = DatasetGraphFactory.create(ds.getUnionGraph());
        this.union = DatasetFactory.wrap(u);
    }

    /** Rows of the given variables as strings (IRIs and lexical forms). */
    public List<List<String>> rows(String query, String... vars) {
        List<List<String>> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(PREFIXES + query, union)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                List<String> row = new ArrayList<>();
                for (String v : vars) {
                    var n = s.get(v);
                    row.add(n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
                out.add(row);
            }
        }
        return out;
    }

    public List<String> column(String query, String var) {
        return rows(query, var).stream().map(r -> r.get(0)).toList();
    }

    public boolean ask(String query) {
        try (QueryExecution qe = QueryExecution.create(PREFIXES + query, union)) {
            return qe.execAsk();
        }
    }
}
