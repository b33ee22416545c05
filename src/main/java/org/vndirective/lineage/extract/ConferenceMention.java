package org.vndirective.lineage.extract;

/**
 * "Nghị quyết Trung ương 4 (khóa XII)": a central resolution or conclusion named by its plenum and term. A list of
 * terms ("khóa XI, XII") gives one mention per term, in one group.
 *
 * @param label how to call it when the reference data does not know it
 */
public record ConferenceMention(Span span, int group, String typeClass, int conference, String term, String label)
        implements Mention {
    @Override public boolean numbered() { return false; }
}
