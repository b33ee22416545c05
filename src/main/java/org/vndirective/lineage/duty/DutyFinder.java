package org.vndirective.lineage.duty;

import java.util.List;
import org.vndirective.lineage.extract.Header;
import org.vndirective.lineage.text.AlignedText;

/** The duty stage: one file's normalised text and header to the duties it sets, in text order. Thread-safe. */
public interface DutyFinder {
    List<Duty> find(AlignedText text, Header header);

    /** The finder over the cue words of {@code duty-cues.json}. */
    static DutyFinder standard() { return CueDutyFinder.STANDARD; }
}
