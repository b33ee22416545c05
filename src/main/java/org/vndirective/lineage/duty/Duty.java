package org.vndirective.lineage.duty;

import java.util.List;

/**
 * One duty a document sets. Offsets are those of the normalised text: {@code start}–{@code end} is the sentence,
 * list item or table row it was read from.
 *
 * @param lead      who must do it (chủ trì), never null
 * @param support   who supports the lead (phối hợp với), in the order printed
 * @param reportTo  whom a report goes to (báo cáo về …), or null
 * @param reportVia through whom (qua …), or null
 * @param deadline  by when, or null
 * @param task      the task's words, on one line
 * @param cue       the cue words (folded) that gave the lead: "giao … chu tri", "chu tri", "de nghi", a heading …
 */
public record Duty(DutyKind kind, BodyName lead, List<BodyName> support, BodyName reportTo, BodyName reportVia,
                   Deadline deadline, String task, String cue, int start, int end) {
    public Duty {
        support = List.copyOf(support);
    }
}
