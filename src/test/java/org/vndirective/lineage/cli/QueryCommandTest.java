package org.vndirective.lineage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vndirective.lineage.cli.CliConventionsTest.Run;
import org.vndirective.lineage.store.LineageStore;
import org.vndirective.lineage.store.SampleStore;
import org.vndirective.lineage.store.StoreChild;

class QueryCommandTest {
    @TempDir static Path shared;
    static Path store;

    @BeforeAll
    static void sampleStore() {
        store = shared.resolve("db");
        SampleStore.open(store).close();
    }

    static Run query(String... args) {
        String[] a = Stream.concat(Stream.of("query", "--data", store.toString()), Stream.of(args)).toArray(String[]::new);
        return CliConventionsTest.run(a);
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("table", "# Upstream chain"),
                Arguments.of("csv", "from,fromNotation,relation"),
                Arguments.of("tsv", "?from\t?fromNotation\t?relation"),
                Arguments.of("json", "\"head\""));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void printsRowsInTheFormatAsked(String format, String starts) {
        Run r = query("upstream-chain", "--format", format);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains(starts), r.out());
        assertTrue(r.out().contains("59-KH/TU"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# title: Count\n", "# title: Count\n# param: notation = 59-KH/TU\n"})
    void aQueryFileNeedsNoHeader(String header, @TempDir Path dir) throws IOException {
        Path rq = dir.resolve("count.rq");
        String term = header.contains("param") ? "?notation" : "\"59-KH/TU\"";
        Files.writeString(rq, header + "SELECT (COUNT(*) AS ?n) WHERE { ?d <https://w3id.org/vn-directive/ontology#notation> " + term + " }\n");
        Run r = query(rq.toString(), "--format", "csv");
        assertEquals(0, r.status(), r.err());
        assertEquals("n\r\n1\r\n", r.out());
    }

    @Test
    void notationsMatchIgnoringCase() {
        Run canonical = query("upstream-chain", "--param", "notation=135-KH/HU", "--format", "csv");
        Run lower = query("upstream-chain", "--param", "notation=135-kh/hu", "--format", "csv");
        assertEquals(0, lower.status(), lower.err());
        assertTrue(canonical.out().contains("10-CT/TW"), canonical.out());
        assertEquals(canonical.out(), lower.out());
    }

    @Test
    void coverageOfANotationWithoutAYearFindsItInItsYear() {
        // 10-CT/TW is of 2007: the query's default year must not be another one.
        Run r = query("coverage-of", "--param", "notation=10-CT/TW", "--format", "csv");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("59-KH/TU"), r.out());
        Run other = query("coverage-of", "--param", "notation=10-CT/TW", "--param", "year=2017", "--format", "csv");
        assertFalse(other.out().contains("59-KH/TU"), "a year given still tells documents apart: " + other.out());
    }

    @Test
    void anUnreachableEndpointSaysConnectionRefused() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Run r = CliConventionsTest.run("query", "upstream-chain", "--endpoint", "http://127.0.0.1:" + port + "/lineage/sparql");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("connection refused"), r.err());
        assertTrue(r.err().length() < 300, "no URL-encoded query: " + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void aStoreHeldByAServerSaysSoAndSuggestsTheEndpoint(@TempDir Path dir) throws Exception {
        Path held = dir.resolve("held");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), StoreChild.class.getName(), "hold", held.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); !"holding".equals(line); line = out.readLine()) {
                if (line == null) throw new AssertionError("the child did not open the store");
            }
            assertTrue(LineageStore.exists(held));
            Run r = CliConventionsTest.run("query", "upstream-chain", "--data", held.toString());
            assertEquals(1, r.status(), r.err());
            assertTrue(r.err().contains("held by another process"), r.err());
            assertTrue(r.err().contains("--endpoint http://localhost:3030/lineage/sparql"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        } finally {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
