package org.vndirective.lineage.read;

import java.io.IOException;
import java.nio.file.Path;

/** Text of one page of a PDF, by optical character recognition. */
public interface Ocr {
    /** Why OCR cannot run on this machine, saying what to install; null when it can. */
    String unavailable();

    /** The recognised text of 1-based page {@code page} of {@code pdf}. */
    String page(Path pdf, int page) throws IOException;

    /** For the source node: which engine and model read the pages. */
    String name();

    /** No OCR: scans are skipped with {@code reason}. */
    static Ocr none(String reason) {
        return new Ocr() {
            @Override public String unavailable() { return reason; }
            @Override public String page(Path pdf, int page) { throw new IllegalStateException(reason); }
            @Override public String name() { return "none"; }
        };
    }
}
