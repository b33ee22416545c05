package org.vndirective.lineage.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vndirective.lineage.report.IngestResult;
import org.vndirective.lineage.Lineage;
import org.vndirective.lineage.report.Problem;
import org.vndirective.lineage.Ingest;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.vndirective.lineage.rdf.DatasetWriter;
import org.vndirective.lineage.rdf.GraphSink;
import org.vndirective.lineage.rdf.NQuadsSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Extract a lineage graph from text files and write it to a file.",
        footer = "Exit status: 0 when every file was used, 1 when some were skipped (or hit a bug of ours), 2 on a usage error, 3 when the output fails the SHACL shapes.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (default: the bundled sample corpus).")
    List<Path> paths = List.of();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output: .nq, .trig, .ttl or .jsonld.")
    Path out;

    @Option(names = "--quiet", description = "No progress (a bar on a terminal, a line every 10 s otherwise).")
    boolean quiet;

    @Option(names = "--validate-every", defaultValue = "1", paramLabel = "N", description = "With .nq output, check every N-th file's graph against the shapes (default ${DEFAULT-VALUE}: all).")
    int validateEvery;

    @Option(names = "--stats", hidden = true, description = "Print peak heap (after collections) and peak RSS at the end (for bench).")
    boolean stats;

    @Override public Integer call() throws IOException {
        if (validateEvery < 1) throw new Main.UsageError("--validate-every takes a whole number from 1 (every file's graph): " + validateEvery);
        if (!DatasetWriter.supports(out)) {
            System.err.println("lineage: cannot tell the format of " + out + "; use one of " + DatasetWriter.extensions());
            return 2;
        }
        if (stats) Stats.watch();
        List<Path> inputs = paths.isEmpty() ? List.of(SampleCorpus.extract()) : paths;
        Progress bar = Progress.onStderr(quiet);
        Ingest.Builder ingest = Ingest.create().inputs(inputs).listener(bar).problems(bar::problem);
        Ingest.Outcome r;
        if (out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".nq")) {
            // N-Quads streams: memory stays flat whatever the corpus size.
            try (NQuadsSink sink = new NQuadsSink(out)) {
                r = ingest.validateEvery(validateEvery).build().run(sink);
            }
        } else {
            DatasetGraph ds = DatasetGraphFactory.create();
            r = ingest.build().run(GraphSink.into(ds));
            DatasetWriter.write(ds, out);
        }
        bar.finish();
        IngestResult.Summary summary = r.summary();
        List<String> violations = r.shapeViolations();
        System.out.println("wrote " + out + ": " + summary);
        bar.errorLog(r.errorLog());
        if (stats) System.out.println(Stats.line());
        if (!violations.isEmpty()) {
            System.err.println("lineage: the output does not conform to ontology/shapes.ttl (a bug; please report it):");
            violations.forEach(v -> System.err.println("  " + v));
            return 3;
        }
        return summary.incomplete() ? 1 : 0;
    }

    /**
     * Progress on stderr, each pass counting the files once: a one-line bar redrawn in place on a terminal, a plain
     * line every 10 s otherwise (a log file gets no carriage returns). Runs of under 200 files show none.
     */
    static final class Progress implements Lineage.Listener {
        private static final long BAR_EVERY = 200_000_000L, LINE_EVERY = 10_000_000_000L;
        private final PrintStream err;
        private final boolean quiet;
        private final boolean terminal;
        private int pass = 1, passes = 1;
        private long last;
        private boolean shown;

        Progress(PrintStream err, boolean quiet, boolean terminal) {
            this.err = err;
            this.quiet = quiet;
            this.terminal = terminal;
        }

        static Progress onStderr(boolean quiet) { return new Progress(System.err, quiet, Main.Terminal.stderr()); }

        /** A problem, on its own line above the bar. */
        synchronized void problem(Problem p) {
            if (shown) err.print("\r\033[K");
            err.println(p);
            shown = false;
        }

        @Override public synchronized void pass(int pass, int passes) {
            if (shown) err.println();
            shown = false;
            this.pass = pass;
            this.passes = passes;
            last = 0;
        }

        @Override public synchronized void progress(int done, int total) {
            if (quiet || total < 200) return;
            long now = System.nanoTime();
            if (done != total && last != 0 && now - last < (terminal ? BAR_EVERY : LINE_EVERY)) return;
            if (!terminal && done != total && last == 0) {
                last = now;
                return;
            }
            last = now;
            String count = "%d/%d files (pass %d of %d: %s)".formatted(done, total, pass, passes, pass == 1 ? "read" : "resolve");
            if (terminal) {
                int width = 30, filled = (int) ((long) width * done / total);
                err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + count);
                shown = true;
            } else {
                err.println("lineage: " + count);
            }
        }

        synchronized void finish() {
            if (shown) err.println();
            shown = false;
        }

        /** Where the stack traces of internal errors went, if there were any. */
        synchronized void errorLog(Path log) {
            if (log != null) err.println("lineage: some files hit a bug of ours; their stack traces are in " + log);
        }
    }
}
