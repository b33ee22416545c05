package org.vndirective.lineage.report;

/**
 * One thing wrong with one input, said so a person can act on it: the file, where (line and column from 1, or 0
 * when not about a place), how bad, and what. An error is ours, not the input's: the file was skipped because the
 * ingest failed on it.
 */
public record Problem(String file, int line, int column, Severity severity, String message) {
    public enum Severity { WARNING, SKIPPED, ERROR }

    public static Problem warning(String file, String message) { return new Problem(file, 0, 0, Severity.WARNING, message); }
    public static Problem skipped(String file, String message) { return new Problem(file, 0, 0, Severity.SKIPPED, message); }

    /** An exception met while ingesting a file: a bug of ours, never the input's fault. */
    public static Problem internal(String file, Throwable e) {
        String what = e.getMessage() == null ? e.getClass().getName() : e.getClass().getName() + ": " + e.getMessage();
        return new Problem(file, 0, 0, Severity.ERROR, "internal: " + what.replace('\n', ' ')
                + " (a bug: please report it with this file)");
    }

    @Override public String toString() {
        String where = line > 0 ? file + ":" + line + (column > 0 ? ":" + column : "") : file;
        String how = switch (severity) {
            case SKIPPED -> "skipped: ";
            case ERROR -> "error: ";
            case WARNING -> "warning: ";
        };
        return where + ": " + how + message;
    }
}
