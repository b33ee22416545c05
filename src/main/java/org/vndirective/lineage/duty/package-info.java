/**
 * What a document assigns, and to whom, by when (issue 26): the duty stage. It reads the same normalised text and
 * header as the link stage ({@link org.vndirective.lineage.text.AlignedText}, {@link
 * org.vndirective.lineage.extract.Header}) and gives immutable {@link org.vndirective.lineage.duty.Duty} records:
 * the kind (task, report, plan to issue, target), the lead body (chủ trì; the one giao, đề nghị or yêu cầu names, or
 * the body a numbered heading names), the supporting bodies (phối hợp với), whom a report goes to and through (báo
 * cáo về … qua …), the deadline ({@link org.vndirective.lineage.duty.Deadline}: a date, a period, a recurrence), the
 * task's words and the span they came from. Bodies stay as printed here; which body a name is, in the document's
 * place, is decided when the graph is built ({@code rdf.DutyGraph}). Cue words and deadline forms are data
 * ({@code duty-cues.json}), each with examples a test checks. This package owns nothing else: no mentions, no
 * links, no resolution.
 */
package org.vndirective.lineage.duty;
