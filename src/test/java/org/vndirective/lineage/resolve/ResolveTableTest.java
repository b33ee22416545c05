package org.vndirective.lineage.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vndirective.lineage.extract.DocTypes;
import org.vndirective.lineage.extract.Extractor;
import org.vndirective.lineage.extract.FileExtraction;
import org.vndirective.lineage.extract.StageTable;
import org.vndirective.lineage.text.SourceText;

/**
 * The resolve stage's table ({@code stages/resolve.table}): one file's text → the document each mention stands for
 * (its key, and whether it resolved), then the file's own key and issuing body, then what it warned of. Short forms and
 * aliases are bound here. The header's date is checked first, as the ingest does.
 */
class ResolveTableTest {
    private static final Resolver RESOLVER = new Resolver(RegistryPlaces.standard(), Scopes.standard(),
            CentralDocuments.standard(), DocTypes.standard());

    @TestFactory
    Stream<DynamicTest> resolve() {
        return StageTable.read("resolve").tests(ResolveTableTest::resolved);
    }

    static List<String> resolved(String text) {
        FileExtraction x = HeaderDates.standard().check(Extractor.standard().extract(SourceText.of("row.txt", text)));
        YearIndex index = RESOLVER.newIndex();
        for (Observation o : RESOLVER.datedFacts(x)) index.add(o.series(), o.year(), o.bodyId());
        Resolver.FileResolution r = RESOLVER.resolveFile(x, index);
        List<String> out = new ArrayList<>();
        for (ResolvedCorpus.ResolvedMention m : r.file().mentions()) {
            out.add("\"" + x.text().text().substring(m.mention().start(), m.mention().end()).replace("\n", "⏎") + "\" → "
                    + m.key().path() + " " + m.resolution() + (m.candidates().isEmpty() ? ""
                    : " " + m.candidates().stream().map(DocKey::path).toList()));
        }
        String body = r.observations().stream().filter(o -> o.key().equals(r.file().self())).map(o -> o.observation().bodyId())
                .filter(java.util.Objects::nonNull).findFirst().orElse("no body");
        out.add("self → " + r.file().self().path() + " by " + body);
        r.problems().forEach(p -> out.add("warning " + (p.line() > 0 ? p.line() + ":" + p.column() + " " : "") + p.message()));
        return out;
    }

    /** Prints each row's actual lines (to write a new row's expectations, then check them by hand). */
    public static void main(String[] args) {
        StageTable.print("resolve", ResolveTableTest::resolved);
    }
}
