package org.vndirective.lineage.report;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What one ingest produced: a dataset with one named graph per source file plus the reference graph, a report per
 * input file, and the counts a person wants to see at the end.
 */
public record IngestResult(DatasetGraph dataset, List<FileReport> files, Summary summary, List<Problem> problems,
                           List<String> shapeViolations) {

    /** One input file: its graph IRI (null when skipped), the SHA-256 of its bytes, and whether it was used. */
    public record FileReport(String fileName, String path, String graphIri, String sha256, boolean used) {}

    /**
     * @param files          every input given or found: used or skipped
     * @param filesSkipped   inputs not used, each with its reason (including those the ingest failed on)
     * @param documents      documents the files name (their own, and those they cite)
     * @param referenceDocuments documents of the bundled reference data (central documents) that no file names
     * @param internalErrors exceptions of ours met on the way (a file skipped, or a document not merged)
     */
    public record Summary(int files, int filesSkipped, int documents, int referenceDocuments, int links, int mentions,
                          int unresolvedMentions, int ambiguousMentions, int warnings, int internalErrors) {
        @Override public String toString() {
            return "%d files (%d skipped), %d documents (and %d from the reference data), %d links, %d mentions (%d unresolved, %d ambiguous), %d warnings%s"
                    .formatted(files, filesSkipped, documents, referenceDocuments, links, mentions, unresolvedMentions, ambiguousMentions,
                            warnings, internalErrors == 0 ? "" : ", %d internal errors".formatted(internalErrors));
        }

        /** Whether anything given was left out: what exit status 1 says. */
        public boolean incomplete() { return filesSkipped > 0 || internalErrors > 0; }
    }

    public boolean anySkipped() { return summary.incomplete(); }

    /** Whether the output conforms to {@code ontology/shapes.ttl}; a bug of ours when not. */
    public boolean conforms() { return shapeViolations.isEmpty(); }
}
