package org.vndirective.lineage.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vndirective.lineage.resolve.CentralDocuments;
import org.vndirective.lineage.resolve.Scopes;
import org.vndirective.lineage.text.AlignedText;
import org.vndirective.lineage.text.Folding;
import org.vndirective.lineage.text.SourceText;
import org.vndirective.lineage.text.TextNormalizer;

/** Every entry of every data file carries examples; each example must do what its entry says (as reporters-db). */
class DataExamplesTest {
    private static AlignedText text(String s) { return TextNormalizer.standard().normalize(SourceText.of("example", s)); }

    @TestFactory
    Stream<DynamicTest> documentTypeExamplesGiveTheirType() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DocType t : DocTypes.standard().all()) {
            for (String ex : t.examples()) {
                tests.add(DynamicTest.dynamicTest(t.className() + ": " + ex, () -> {
                    var found = MentionFinder.standard().find(text("Theo " + ex + ", ngày 01/01/2020.")).mentions();
                    assertTrue(!found.isEmpty(), "a mention in " + ex);
                    assertEquals(t.className(), found.get(found.size() - 1).typeClass(), ex);
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> cueExamplesGiveTheirRelation() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Cues.Cue c : Cues.standard().all()) {
            for (String ex : c.examples()) {
                tests.add(DynamicTest.dynamicTest(c.relation() + ": " + ex, () -> {
                    String f = Folding.fold(TextNormalizer.standard().normalize(SourceText.of("x", ex)).text()) + " ";
                    Optional<Cues.Match> m = Cues.standard().endingAt(f, 0, f.length());
                    assertTrue(m.isPresent(), "a cue ends \"" + ex + "\"");
                    assertEquals(c.relation(), m.get().relation(), ex);
                }));
            }
        }
        for (String ex : Cues.standard().notCueExamples()) {
            tests.add(DynamicTest.dynamicTest("not a cue: " + ex, () -> {
                // Up to the document the example names, if it names one ("Kèm theo Nghị quyết").
                String f = Folding.fold(ex) + " ";
                java.util.regex.Matcher doc = DocTypes.standard().anyName().matcher(f);
                int at = doc.find(1) ? doc.start() : f.length();
                assertTrue(Cues.standard().endingAt(f, 0, at).isEmpty(), "\"" + ex + "\" is no cue");
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> mainClauseExamplesCloseAList() {
        CueScope scope = new CueScope(Cues.standard());
        Stream<DynamicTest> yes = Cues.standard().mainClauseExamples().stream().map(ex -> DynamicTest.dynamicTest("main clause: " + ex, () -> {
            String n = TextNormalizer.standard().normalize(SourceText.of("x", ex)).text();
            assertTrue(scope.mainClause(n, Folding.fold(n), 0, n.length(), false) != null, "a main clause in \"" + ex + "\"");
        }));
        Stream<DynamicTest> no = Cues.standard().notMainClauseExamples().stream().map(ex -> DynamicTest.dynamicTest("no main clause: " + ex, () -> {
            String n = TextNormalizer.standard().normalize(SourceText.of("x", ex)).text();
            assertTrue(scope.mainClause(n, Folding.fold(n), 0, n.length(), false) == null, "no main clause in \"" + ex + "\"");
        }));
        return Stream.concat(yes, no);
    }

    @TestFactory
    Stream<DynamicTest> issuerScopeExamplesGiveTheirLevel() {
        return Scopes.standard().rules().stream().flatMap(r -> r.examples().stream().map(ex ->
                DynamicTest.dynamicTest(ex + " is " + r.level(), () -> assertEquals(r.level(), Scopes.standard().levelOf(ex)))));
    }

    @TestFactory
    Stream<DynamicTest> legalRankExamplesGetTheirRank() {
        return LegalRanks.standard().rules().stream().flatMap(r -> r.examples().stream().map(ex -> DynamicTest.dynamicTest(ex + " has rank " + r.rank(), () -> {
            String[] typeAndIssuer = ex.split(" ");
            assertEquals(Optional.of(r), LegalRanks.standard().rule(typeAndIssuer[0], typeAndIssuer[1].equals("-") ? null : typeAndIssuer[1]), ex);
        })));
    }

    /** Each example of a type that amends no legal document names one of the types listed. */
    @TestFactory
    Stream<DynamicTest> notNormativeExamplesAreOfTheirTypes() {
        return LegalRanks.standard().notNormativeExamples().stream().map(ex -> DynamicTest.dynamicTest(ex, () -> {
            java.util.regex.Matcher m = DocTypes.standard().anyName().matcher(Folding.fold(ex));
            assertTrue(m.matches(), ex + " is a type name");
            assertTrue(LegalRanks.standard().notNormative().contains(DocTypes.standard().typeOf(m).className()), ex);
        }));
    }

    @TestFactory
    Stream<DynamicTest> codeSpellingsAreMended() {
        return Stream.of("54-QP/TW=54-QĐ/TW", "82/2018/NQ-HDND=82/2018/NQ-HĐND", "05-CT/TƯ=05-CT/TW",
                        "02-NQ/DUK=02-NQ/ĐUK", "42-CTR/TU=42-CTr/TU", "15/2020/ND-CP=15/2020/NĐ-CP", "08-QĐi/TW=08-QĐi/TW")
                .map(p -> p.split("="))
                .map(p -> DynamicTest.dynamicTest(p[0] + " → " + p[1], () -> {
                    var ms = MentionFinder.standard().find(text("số " + p[0] + " ngày 01/01/2020")).mentions();
                    assertEquals(p[1], ((NotationMention) ms.get(0)).notation().canonical());
                }));
    }

    /** doc-types.json's "examplesOfCodes": each printed notation, after "số", reads as its canonical form. */
    @TestFactory
    Stream<DynamicTest> codeExamplesReadAsCanonical() {
        return DocTypes.standard().codeExamples().stream().map(ex -> ex.split(" -> "))
                .map(p -> DynamicTest.dynamicTest(p[0] + " → " + p[1], () -> {
                    var ms = MentionFinder.standard().find(text("Theo số " + p[0] + " ngày 01/01/2020.")).mentions();
                    assertEquals(1, ms.size(), p[0]);
                    assertEquals(p[1], ((NotationMention) ms.get(0)).notation().canonical());
                }));
    }

    @TestFactory
    Stream<DynamicTest> partyIssuerExamples() {
        return DocTypes.standard().partyIssuerExamples().stream().map(ex -> DynamicTest.dynamicTest(ex, () -> {
            boolean not = ex.startsWith("!");
            assertEquals(!not, DocTypes.standard().partyIssuer(not ? ex.substring(1) : ex), ex);
        }));
    }

    @TestFactory
    Stream<DynamicTest> namedDocumentExamplesAreFound() {
        List<DynamicTest> tests = new ArrayList<>();
        var root = DataFiles.read("central-documents.json").get("named").get("entries");
        for (var e : root) {
            for (var ex : e.get("examples")) {
                tests.add(DynamicTest.dynamicTest(e.get("label").asText() + ": " + ex.asText(), () -> {
                    var ms = MentionFinder.standard().find(text("Thực hiện " + ex.asText() + ".")).mentions();
                    assertTrue(ms.stream().anyMatch(m -> m instanceof NamedMention), "named document in " + ex.asText());
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> centralDocumentsAreConsistent() {
        return CentralDocuments.standard().all().stream().map(e -> DynamicTest.dynamicTest(e.notation() + " " + e.date(), () -> {
            var ms = MentionFinder.standard().find(text("số " + e.notation() + " ngày 01/01/2020")).mentions();
            assertEquals(e.notation(), ((NotationMention) ms.get(0)).notation().canonical(), "notation is canonical");
            assertTrue(DocTypes.standard().byClass(e.typeClass()).isPresent(), "known type " + e.typeClass());
            assertTrue(e.source() != null && !e.source().isBlank(), "source recorded");
            if (e.term() != null) {
                int y = e.date().getYear();
                assertTrue(TermYears.fits(e.term(), y), e.notation() + " dated " + y + " outside term " + e.term());
            }
        }));
    }

    /** Test-side copy of the term spans, so a wrong entry in either place shows. */
    static final class TermYears {
        static boolean fits(String term, int year) {
            return switch (term) {
                case "VIII" -> year >= 1996 && year <= 2001;
                case "IX" -> year >= 2001 && year <= 2006;
                case "X" -> year >= 2006 && year <= 2011;
                case "XI" -> year >= 2011 && year <= 2016;
                case "XII" -> year >= 2016 && year <= 2021;
                case "XIII" -> year >= 2021 && year <= 2026;
                default -> false;
            };
        }
    }
}
