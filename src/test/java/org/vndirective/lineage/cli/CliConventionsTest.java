package org.vndirective.lineage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line behaves as picocli tools do: help everywhere, unknown options named, bad values in one line. */
class CliConventionsTest {
    @TempDir Path dir;

    /** A run's exit status and what it printed. */
    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int status = Main.run(args);
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    static Stream<Arguments> helps() {
        return Stream.of(
                Arguments.of(List.of("serve", "--help"), "Usage: lineage serve", "--port"),
                Arguments.of(List.of("ingest", "--help"), "Usage: lineage ingest", "--validate-every"),
                Arguments.of(List.of("query", "--help"), "Usage: lineage query", "--format"),
                Arguments.of(List.of("query", "-h"), "Usage: lineage query", "--endpoint"),
                Arguments.of(List.of("-h"), "Usage: lineage", "serve"),
                Arguments.of(List.of("help"), "Usage: lineage", "ingest"),
                Arguments.of(List.of("help", "serve"), "Usage: lineage serve", "--no-ingest"),
                Arguments.of(List.of("drop", "--help"), "Usage: lineage drop", "Store folder"),
                Arguments.of(List.of("drop", "--help"), "Usage: lineage drop", "name as the store holds it"),
                Arguments.of(List.of("generate", "--help"), "Usage: lineage generate", "Folder to write the texts"),
                Arguments.of(List.of("generate", "--help"), "Usage: lineage generate", "--docs=N"));
    }

    @ParameterizedTest
    @MethodSource("helps")
    void helpPrintsUsageAndExitsZero(List<String> args, String usage, String describes) {
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains(usage), r.out() + r.err());
        assertTrue(r.out().contains(describes), r.out());
        assertFalse(r.out().contains("\033["), "no colours without a terminal");
    }

    @Test
    void aMisspeltOptionIsNamedAsUnknownWithTheRightOne() {
        Run r = run("ingest", "--outt", dir.resolve("g.nq").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Unknown option: '--outt'"), r.err());
        assertTrue(r.err().contains("--out"), r.err());
        assertFalse(r.err().contains("Missing required option"), r.err());
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of(List.of("ingest", "--quiet", "--out", "OUT", "--validate-every", "0"), "--validate-every"),
                Arguments.of(List.of("ingest", "--quiet", "--out", "OUT", "--validate-every", "-3"), "--validate-every"),
                Arguments.of(List.of("serve", "--data", "DATA", "--port", "-1"), "--port"),
                Arguments.of(List.of("serve", "--data", "DATA", "--port", "99999"), "--port"),
                Arguments.of(List.of("serve", "--data", "DATA", "--host", "nonexistent.invalid"), "nonexistent.invalid"),
                Arguments.of(List.of("serve", "--data", "DATA", "--heap", "64k"), "--heap"),
                Arguments.of(List.of("serve", "--data", "DATA", "--heap", "lots"), "--heap"),
                Arguments.of(List.of("serve", "--data", "DATA", "--port", "0", "MISSING"), "no such file or folder"),
                Arguments.of(List.of("serve", "--data", "DATA", "--port", "0", "--no-ingest"), "no store at"),
                Arguments.of(List.of("drop", "--data", "DATA", "a.txt"), "no store at"),
                Arguments.of(List.of("generate", "--docs", "0", "OUT"), "--docs"),
                Arguments.of(List.of("query", "MISSING/q.rq", "--data", "DATA"), "no such query file"),
                Arguments.of(List.of("query", "no-such-query", "--data", "DATA"), "no saved query no-such-query"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void aBadValueIsOneLineAndExitTwoBeforeAnythingIsMade(List<String> args, String names) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        List<String> a = new ArrayList<>();
        for (String s : args) a.add(switch (s) {
            case "DATA" -> data.toString();
            case "OUT" -> dir.resolve("out.nq").toString();
            case "MISSING" -> dir.resolve("no-such-folder").toString();
            case "MISSING/q.rq" -> dir.resolve("no-such-folder/q.rq").toString();
            default -> s;
        });
        Run r = run(a.toArray(String[]::new));
        assertEquals(2, r.status(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("lineage: ") && r.err().contains(names), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        try (var in = Files.list(data)) {
            assertEquals(List.of(), in.toList(), "no store made in the --data folder");
        }
        assertFalse(Files.exists(dir.resolve("out.nq")));
    }

    @Test
    void aBusyPortIsFoundBeforeTheIngest() throws IOException {
        Path data = dir.resolve("data");
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            long t0 = System.nanoTime();
            Run r = run("serve", "--data", data.toString(), "--host", "127.0.0.1", "--port", String.valueOf(busy.getLocalPort()));
            assertEquals(2, r.status(), r.out() + r.err());
            assertTrue(r.err().contains("in use"), r.err());
            assertFalse(r.out().contains("ingested"), r.out());
            assertFalse(Files.exists(data), "no store made");
            assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
        }
    }

    @Test
    void theSummaryCountsTheReferenceDocumentsApart() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("scan.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Run r = run("ingest", "--quiet", "--out", dir.resolve("g.nq").toString(), in.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().contains("1 files (1 skipped), 0 documents (and "), r.out());
        assertTrue(r.out().matches("(?s).*\\(and [1-9]\\d* from the reference data\\).*"), r.out());
        Run samples = run("ingest", "--quiet", "--out", dir.resolve("s.nq").toString());
        assertTrue(samples.out().matches("(?s).*4 files \\(0 skipped\\), [1-9]\\d* documents \\(and \\d+ from the reference data\\).*"), samples.out());
    }

    @Test
    void streamsThatAreNoTerminalGetNoEscapes() {
        // Under the build both streams are pipes or files: no bar, no colours.
        assertFalse(Main.Terminal.stderr());
        assertFalse(Main.Terminal.stdout());
    }
}
