package org.vndirective.lineage;

import org.vndirective.lineage.report.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Exceptions met while ingesting one file: each becomes one line for the user and a stack trace in a log file, made
 * at the first one, so a bug costs the batch one file and leaves what is needed to fix it.
 */
final class Failures {
    private final Path configured;
    private Path file;

    Failures(Path configured) { this.configured = configured; }

    /** Logs the stack trace and returns the line to show. */
    synchronized Problem log(String name, String path, String during, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String entry = "== %s (%s), while %s%n%s%n".formatted(name, path, during, trace);
        try {
            if (file == null) {
                file = configured != null ? configured : Files.createTempFile("lineage-errors-", ".log");
                Files.writeString(file, "", StandardCharsets.UTF_8);
            }
            Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException io) {
            // No log to be had: the trace goes to stderr rather than nowhere.
            System.err.print(entry);
        }
        return Problem.internal(name, e);
    }

    /** The log, or null when nothing failed. */
    synchronized Path file() { return file; }
}
