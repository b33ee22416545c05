/**
 * What a run tells its user, shared by every stage: a {@link org.vndirective.lineage.report.Problem} (a warning or an
 * error, naming the file, line and column) and the {@link org.vndirective.lineage.report.IngestResult} of an ingest
 * (its dataset, a report per input and the summary counts). Stages produce these; the CLI and the server print them.
 */
package org.vndirective.lineage.report;
