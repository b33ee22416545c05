package org.vndirective.lineage.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vndirective.lineage.IngestResult;
import org.vndirective.lineage.Lineage;
import org.vndirective.lineage.Problem;
import org.vndirective.lineage.Ingest;
import org.vndirective.lineage.rdf.DatasetWriter;
import org.vndirective.lineage.rdf.NQuadsSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Extract a lineage graph from text files and write it to a file.",
        footer = "Exit status: 0 when every file was used, 1 when some were skipped, 2 on a usage error, 3 when the output fails the SHACL shapes.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (default: the bundled sample corpus).")
    List<Path> paths = List.of();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output: .nq, .trig, .ttl or .jsonld.")
    Path out;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--validate-every", defaultValue = "1", paramLabel = "N", description = "With .nq output, check every N-th file's graph against the shapes (default ${DEFAULT-VALUE}: all).")
    int validateEvery;

    @Option(names = "--stats", hidden = true, description = "Print peak heap (after collections) and peak RSS at the end (for bench).")
    boolean stats;

    @Override public Integer call() throws IOException {
        if (!DatasetWriter.supports(out)) {
            System.err.println("lineage: cannot tell the format of " + out + "; use one of " + DatasetWriter.extensions());
            return 2;
        }
        if (stats) Stats.watch();
        List<Path> inputs = paths.isEmpty() ? List.of(SampleCorpus.extract()) : paths;
        Progress bar = new Progress(System.err, quiet);
        IngestResult.Summary summary;
        List<String> violations;
        if (out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".nq")) {
            // N-Quads streams: memory stays flat whatever the corpus size.
            try (NQuadsSink sink = new NQuadsSink(out)) {
                Ingest.Outcome r = Ingest.create().inputs(inputs).listener(bar::update).problems(bar::problem)
                        .validateEvery(validateEvery).build().run(sink);
                summary = r.summary();
                violations = r.shapeViolations();
            }
        } else {
            IngestResult r = Lineage.ingest(inputs, bar::update);
            r.problems().forEach(bar::problem);
            DatasetWriter.write(r.dataset(), out);
            summary = r.summary();
            violations = r.shapeViolations();
        }
        bar.finish();
        System.out.println("wrote " + out + ": " + summary);
        if (stats) System.out.println(Stats.line());
        if (!violations.isEmpty()) {
            System.err.println("lineage: the output does not conform to ontology/shapes.ttl (a bug; please report it):");
            violations.forEach(v -> System.err.println("  " + v));
            return 3;
        }
        return summary.filesSkipped() > 0 ? 1 : 0;
    }

    /** A one-line progress bar on stderr, for runs long enough to want one. */
    static final class Progress {
        private final PrintStream err;
        private final boolean quiet;
        private long last;
        private boolean shown;

        Progress(PrintStream err, boolean quiet) { this.err = err; this.quiet = quiet; }

        /** A problem, on its own line above the bar. */
        synchronized void problem(Problem p) {
            if (shown) err.print("\r\033[K");
            err.println(p);
            shown = false;
        }

        synchronized void update(int done, int total) {
            if (quiet || total < 200) return;
            long now = System.nanoTime();
            if (done != total && now - last < 200_000_000L) return;
            last = now;
            int width = 30, filled = (int) ((long) width * done / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " files");
            shown = true;
        }

        synchronized void finish() { if (shown) err.println(); }
    }
}
