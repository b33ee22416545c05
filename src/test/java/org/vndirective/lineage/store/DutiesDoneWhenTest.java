package org.vndirective.lineage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndirective.lineage.cli.Main;

/**
 * Issue 26's done-when: a plan of our own ({@code corpus/duties/quang-tri-ke-hoach-nhiem-vu.txt}) with a
 * lead-and-support task due 30/6/2025, a task due in the third quarter of 2025 and a twice-yearly report ingests
 * (conforming to the shapes) to exactly three duties with the right bodies and deadlines, and the saved queries
 * answer them.
 */
class DutiesDoneWhenTest {
    @TempDir static Path dir;
    static QueryTarget target;

    @BeforeAll
    static void ingest() {
        Path nq = dir.resolve("g.nq");
        assertEquals(0, Main.run("ingest", "--quiet", "--out", nq.toString(), "src/test/resources/corpus/duties"));
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> RDFDataMgr.read(dsg, nq.toString()));
        target = QueryTarget.of(DatasetFactory.wrap(dsg));
    }

    private static List<String> select(String query) {
        return target.query(org.apache.jena.query.QueryFactory.create(query), qe -> {
            org.apache.jena.query.ResultSet rs = org.apache.jena.query.ResultSet.adapt(qe.select());
            List<String> out = new ArrayList<>();
            while (rs.hasNext()) {
                var s = rs.next();
                List<String> row = new ArrayList<>();
                for (String v : rs.getResultVars()) {
                    var n = s.get(v);
                    row.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString().replace("https://w3id.org/vn-directive/id/", "id:"));
                }
                out.add(String.join(" ", row).strip());
            }
            return out;
        });
    }

    @Test
    void threeDutiesWithTheirBodiesAndDeadlines() {
        String prefixes = "PREFIX vnd: <https://w3id.org/vn-directive/ontology#> PREFIX time: <http://www.w3.org/2006/time#> "
                + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";
        assertEquals(List.of(
                "id:body/quang-tri/so-khoa-hoc-va-cong-nghe https://w3id.org/vn-directive/ontology#PlanDuty 2025-06-30",
                "id:body/quang-tri/so-noi-vu https://w3id.org/vn-directive/ontology#TaskDuty 2025-09-30",
                "id:body-class/quang-tri/cac-so-ban-nganh-ubnd-cac-huyen-thi-xa-thanh-pho https://w3id.org/vn-directive/ontology#ReportDuty"),
                select(prefixes + "SELECT ?lead ?kind ?due WHERE { ?d a vnd:Duty ; vnd:leadBody ?lead ; vnd:dutyKind ?kind ; vnd:start ?s "
                        + "OPTIONAL { ?d vnd:dueBy ?due } } ORDER BY ?s"));
        assertEquals(List.of("id:body/quang-tri/so-tai-chinh 2025-06-30"),
                select(prefixes + "SELECT ?support ?on WHERE { ?d vnd:supportBody ?support ; vnd:deadline ?t . ?t a time:Instant ; time:inXSDDate ?on }"));
        assertEquals(List.of("2025-07-01 2025-09-30"),
                select(prefixes + "SELECT ?b ?e WHERE { ?d vnd:deadline ?t . ?t a time:ProperInterval ; time:hasBeginning/time:inXSDDate ?b ; time:hasEnd/time:inXSDDate ?e }"));
        // The recipient is the registry's UBND of Quảng Trị; the channel a department of that province, by its name.
        assertEquals(List.of("id:body/quang-tri/ubnd id:body/quang-tri/so-noi-vu 6 https://www.w3.org/2006/time#unitMonth --06-15 | --12-15"
                        .replace("https://www.w3.org/", "http://www.w3.org/")),
                select(prefixes + "SELECT ?to ?via (STR(xsd:integer(?n)) AS ?every) ?u (GROUP_CONCAT(STR(?day); separator=\" | \") AS ?days) WHERE { ?d vnd:reportTo ?to ; vnd:reportVia ?via ; "
                        + "vnd:deadline ?t . ?t a vnd:Recurrence ; vnd:onDayOfYear ?day ; time:hasTemporalDuration [ time:numericDuration ?n ; time:unitType ?u ] } "
                        + "GROUP BY ?to ?via ?n ?u"));
    }

    @Test
    void theSavedQueriesAnswerThem() {
        List<List<String>> under = SavedQueriesTest.rows(target, "assignments-under", Map.of("notation", "57-NQ/TW"));
        assertEquals(List.of("Quảng Trị Province 120/KH-UBND plan to issue Sở Khoa học và Công nghệ 2025-06-30",
                        "Quảng Trị Province 120/KH-UBND task Sở Nội vụ 2025-09-30",
                        "Quảng Trị Province 120/KH-UBND report Các sở, ban, ngành, UBND các huyện, thị xã, thành phố "),
                under.stream().map(r -> String.join(" ", r.subList(0, 6))).sorted(DutiesDoneWhenTest::byDue).toList());
        List<List<String>> due = SavedQueriesTest.rows(target, "deadlines-between", Map.of("from", "2025-06-01", "to", "2025-09-30"));
        assertEquals(List.of("2025-06-15 report", "2025-06-30 plan to issue", "2025-09-30 task"),
                due.stream().map(r -> r.get(0) + " " + r.get(1)).toList());
        List<List<String>> reports = SavedQueriesTest.rows(target, "reporting-duties", Map.of("recipient", "ủy ban nhân dân"));
        assertEquals(List.of("Các sở, ban, ngành, UBND các huyện, thị xã, thành phố|Ủy ban nhân dân tỉnh Quảng Trị|Sở Nội vụ|6 months|--06-15 | --12-15"),
                reports.stream().map(r -> String.join("|", r.subList(0, 5))).toList());
    }

    private static int byDue(String a, String b) {
        return Boolean.compare(a.endsWith(" "), b.endsWith(" ")) != 0 ? Boolean.compare(a.endsWith(" "), b.endsWith(" ")) : a.compareTo(b);
    }
}
