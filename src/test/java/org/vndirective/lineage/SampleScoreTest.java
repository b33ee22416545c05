package org.vndirective.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.vndirective.lineage.rdf.DatasetWriter;

/** The evaluation contract, checked by the project's shared scorer on the bundled samples and on our own documents. */
class SampleScoreTest {
    static final Path SHARED = Path.of("../shared");
    @TempDir Path dir;

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private String score(Path corpus, Path gold, String... minimums) throws Exception {
        Path out = dir.resolve("g.nq");
        DatasetWriter.write(Lineage.ingest(List.of(corpus)).dataset(), out);
        List<String> cmd = new java.util.ArrayList<>(List.of("python3", SHARED.resolve("eval/score.py").toString(),
                out.toString(), gold.toString()));
        cmd.addAll(List.of(minimums));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), said);
        return said;
    }

    @Test
    void sampleCorpusMeetsTheIssueThresholds() throws Exception {
        assumeTrue(Files.exists(SHARED.resolve("eval/score.py")) && python(), "needs ../shared and python3");
        score(Path.of("src/main/resources/corpus/lam-dong"), SHARED.resolve("gold/seeds.gold.json"),
                "--min-mention-f1", "0.97", "--min-link-f1", "0.90", "--min-meta", "0.90");
    }

    /** Real texts the extractor was not written from (issue 13): crawled state and Party documents, news, Q&A. */
    @Test
    void realDevelopmentTextsMeetTheirThresholds() throws Exception {
        Path realDev = SHARED.resolve("corpus/real-dev");
        assumeTrue(Files.isDirectory(realDev) && python(), "needs ../shared and python3");
        String said = score(realDev, SHARED.resolve("gold/real-dev.gold.json"),
                "--min-mention-f1", "0.97", "--min-link-f1", "0.92", "--min-meta", "0.95");
        assertTrue(said.contains("mentions P="), said);
    }

    /** Issue 24: long plans with big preamble lists, and our own documents of one phenomenon each. */
    @ParameterizedTest
    @ValueSource(strings = {"real-dev-2", "unseen-phenomena"})
    void setsOfUnseenPhenomenaMeetTheirThresholds(String set) throws Exception {
        Path corpus = SHARED.resolve("corpus/" + set);
        assumeTrue(Files.isDirectory(corpus) && python(), "needs ../shared and python3");
        String said = score(corpus, SHARED.resolve("gold/" + set + ".gold.json"),
                "--min-mention-f1", "0.97", "--min-link-f1", "0.90", "--min-meta", "0.95");
        assertTrue(said.contains("mentions P="), said);
    }

    @Test
    void ownTestDocumentsMeetThemToo() throws Exception {
        assumeTrue(Files.exists(SHARED.resolve("eval/score.py")) && python(), "needs ../shared and python3");
        score(Path.of("src/test/resources/corpus/phenomena"), Path.of("src/test/resources/corpus/phenomena.gold.json"),
                "--min-mention-f1", "0.97", "--min-link-f1", "0.90", "--min-meta", "0.90");
    }
}
