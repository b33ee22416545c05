package org.vndirective.lineage.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vndirective.lineage.IngestResult;
import org.vndirective.lineage.Lineage;
import org.vndirective.lineage.Problem;
import org.vndirective.lineage.rdf.DatasetWriter;
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

    @Override public Integer call() throws IOException {
        if (!DatasetWriter.supports(out)) {
            System.err.println("lineage: cannot tell the format of " + out + "; use one of " + DatasetWriter.extensions());
            return 2;
        }
        List<Path> inputs = paths.isEmpty() ? List.of(SampleCorpus.extract()) : paths;
        Progress bar = new Progress(System.err, quiet);
        IngestResult r = Lineage.ingest(inputs, bar::update);
        bar.finish();
        for (Problem p : r.problems()) System.err.println(p);
        DatasetWriter.write(r.dataset(), out);
        System.out.println("wrote " + out + ": " + r.summary());
        if (!r.conforms()) {
            System.err.println("lineage: the output does not conform to ontology/shapes.ttl (a bug; please report it):");
            r.shapeViolations().forEach(v -> System.err.println("  " + v));
            return 3;
        }
        return r.anySkipped() ? 1 : 0;
    }

    /** A one-line progress bar on stderr, for runs long enough to want one. */
    static final class Progress {
        private final PrintStream err;
        private final boolean quiet;
        private long last;
        private boolean shown;

        Progress(PrintStream err, boolean quiet) { this.err = err; this.quiet = quiet; }

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
