package org.vndirective.lineage.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndirective.lineage.Lineage;
import org.vndirective.lineage.rdf.DatasetWriter;

class CorpusGeneratorTest {
    @TempDir Path tmp;

    private Path generate(String name, int docs, long seed) throws Exception {
        Path out = tmp.resolve(name);
        new CorpusGenerator(new CorpusGenerator.Options(docs, seed, 0.1, 0.1)).generate(out);
        return out;
    }

    private static List<Path> texts(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
        Path a = generate("a", 300, 42), b = generate("b", 300, 42), c = generate("c", 300, 43);
        assertEquals(300, texts(a).size());
        for (Path f : texts(a)) assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(a.relativize(f))), f.toString());
        assertArrayEquals(Files.readAllBytes(a.resolve("truth.gold.json")), Files.readAllBytes(b.resolve("truth.gold.json")));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("truth.gold.json")), Files.readAllBytes(c.resolve("truth.gold.json"))));
    }

    @Test
    void sharesOfOcrAndNfdTextsAreAsAsked() throws Exception {
        Path a = generate("shares", 2000, 5);
        int ocr = 0, nfd = 0, n = 0;
        for (Path f : texts(a)) {
            String t = Files.readString(f, StandardCharsets.UTF_8);
            n++;
            if (!Normalizer.isNormalized(t, Normalizer.Form.NFC)) nfd++;
            else if (t.chars().noneMatch(ch -> ch > 0x7F)) ocr++;
        }
        assertEquals(0.10, ocr / (double) n, 0.03, "OCR share");
        assertEquals(0.10, nfd / (double) n, 0.03, "NFD share");
    }

    @Test
    void numbersRestartEachYearAndNotationWithYearNamesOneDocument() throws Exception {
        Path a = generate("keys", 3000, 3);
        var files = new com.fasterxml.jackson.databind.ObjectMapper().readTree(a.resolve("truth.gold.json").toFile()).get("files");
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.Map<String, java.util.Set<String>> yearsOfNotation = new java.util.HashMap<>();
        for (var e : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) files::fields) {
            String key = e.getValue().get("self").get("notation").asText();
            assertTrue(key.matches("\\d{1,5}-[A-Za-z]+/[A-Z]+@\\d{4}"), key);
            assertTrue(keys.add(key), "two files are " + key);
            String[] nk = key.split("@");
            assertEquals(e.getValue().get("self").get("date").asText().substring(0, 4), nk[1], key);
            yearsOfNotation.computeIfAbsent(nk[0], k -> new java.util.HashSet<>()).add(nk[1]);
        }
        assertTrue(yearsOfNotation.getOrDefault("1-KH/TU", java.util.Set.of()).size() > 1, "1-KH/TU in several years: " + yearsOfNotation.get("1-KH/TU"));
    }

    @Test
    void ingestOfAGeneratedCorpusScoresAgainstItsTruth() throws Exception {
        assumeTrue(Files.exists(Path.of("../shared/eval/score.py")), "needs ../shared");
        Path corpus = generate("scored", 600, 11);
        Path out = tmp.resolve("g.nq");
        DatasetWriter.write(Lineage.ingest(List.of(corpus)).dataset(), out);
        Process p = new ProcessBuilder("python3", "../shared/eval/score.py", out.toString(), corpus.resolve("truth.gold.json").toString(),
                "--min-mention-f1", "0.98", "--min-link-f1", "0.98", "--min-meta", "0.98").redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), said);
        assertTrue(said.contains("links P="), said);

        // The bench's indexed scorer must say exactly what the shared one says, also on a graph with errors in it.
        Path damaged = tmp.resolve("damaged.nq");
        List<String> lines = Files.readAllLines(out);
        List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.contains("ontology#implements>") && i % 5 == 0) continue;
            kept.add(l.contains("/terms/issued>") && i % 7 == 0 ? l.replace("\"20", "\"19") : l);
        }
        Files.write(damaged, kept);
        for (Path g : List.of(out, damaged)) {
            String shared = run("../shared/eval/score.py", g, corpus), indexed = run("src/bench/score_indexed.py", g, corpus);
            assertEquals(shared, indexed);
            if (g == damaged) assertTrue(shared.contains("missing link"), shared);
        }
    }

    private static String run(String scorer, Path graph, Path corpus) throws Exception {
        Process p = new ProcessBuilder("python3", scorer, graph.toString(), corpus.resolve("truth.gold.json").toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return said;
    }
}
