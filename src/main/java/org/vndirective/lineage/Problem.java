package org.vndirective.lineage;

/**
 * One thing wrong with one input, said so a person can act on it: the file, where (line and column from 1, or 0
 * when not about a place), how bad, and what.
 */
public record Problem(String file, int line, int column, Severity severity, String message) {
    public enum Severity { WARNING, SKIPPED }

    public static Problem warning(String file, String message) { return new Problem(file, 0, 0, Severity.WARNING, message); }
    public static Problem skipped(String file, String message) { return new Problem(file, 0, 0, Severity.SKIPPED, message); }

    @Override public String toString() {
        String where = line > 0 ? file + ":" + line + (column > 0 ? ":" + column : "") : file;
        return where + ": " + (severity == Severity.SKIPPED ? "skipped: " : "warning: ") + message;
    }
}
