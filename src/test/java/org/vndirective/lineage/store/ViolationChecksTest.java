package org.vndirective.lineage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A check ({@code *-violation}) finds the fault it is written for: on the sample graph it must return nothing
 * ({@link SavedQueriesTest}), which a check that can never return a row would pass too.
 */
class ViolationChecksTest {
    private static final String PREFIXES = """
            PREFIX vnd: <https://w3id.org/vn-directive/ontology#>
            PREFIX id: <https://w3id.org/vn-directive/id/>
            """;
    /** Three numbered documents, one of them complete, and one without a notation (not a numbered document). */
    private static final String DOCUMENTS = PREFIXES + """
            GRAPH <https://w3id.org/vn-directive/graph/documents> {
              id:complete a vnd:Document, vnd:Plan ; vnd:notation "1-KH/TU" ; vnd:issuedBy id:body .
              id:no-body a vnd:Document, vnd:Plan ; vnd:notation "2-KH/TU" .
              id:no-type a vnd:Document ; vnd:notation "3-KH/TU" ; vnd:issuedBy id:body .
              id:unnumbered a vnd:Document .
            }
            GRAPH <https://w3id.org/vn-directive/graph/reference> { id:doc-type-plan vnd:documentClass vnd:Plan . }
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "complete   | ",
            "no-body    | no-body 2-KH/TU body",
            "no-type    | no-type 3-KH/TU type",
            "unnumbered | ",
    })
    void documentWithoutTypeOrBody(String document, String row) {
        List<List<String>> rows = SavedQueriesTest.rows(target(DOCUMENTS), "document-without-type-or-body-violation", Map.of());
        List<List<String>> mine = rows.stream().filter(r -> r.get(0).equals("id:" + document)).toList();
        assertEquals(row == null ? List.of() : List.of(List.of(("id:" + row).split(" "))), mine);
    }

    /** An in-memory dataset whose default graph is the union of the named graphs, as the store's. */
    private static QueryTarget target(String trig) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> RDFDataMgr.read(dsg, new StringReader(trig), null, Lang.TRIG));
        return QueryTarget.of(DatasetFactory.wrap(dsg));
    }
}
