package org.vndirective.lineage.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * One place a text mentions a document. Offsets are in the normalised text ({@code start..end} covers the
 * notation or name; {@code leadStart} the type word before it; {@code tailEnd} the date, body and term after it).
 *
 * @param notation   null for a document cited by name only
 * @param typeClass  ontology class local name, from the word before the number, else the code
 * @param typeFromWord whether a word named the type (stronger than the code)
 * @param date       the date printed with this mention, if any and valid
 * @param bodyText   the issuing body as printed after "của", normalised
 * @param terms      khóa printed with the mention (Roman numerals)
 * @param conference for "Nghị quyết Trung ương N (khóa T)": N
 * @param namedSlug  for unnumbered named documents: their slug (id:named/…)
 * @param label      how to call it ("Nghị quyết Trung ương 4 (khóa XII)")
 * @param group      mentions printed as one list ("18, 19-NQ/TW") share a group number
 * @param selfHeader the file's own notation in its header, not a citation
 */
public record Mention(int start, int end, int leadStart, int tailEnd, String printed, Notation notation,
                      String typeClass, boolean typeFromWord, LocalDate date, String bodyText, List<String> terms,
                      Integer conference, String namedSlug, String label, int group, boolean selfHeader) {
    public Mention {
        terms = List.copyOf(terms);
    }

    public Mention withDate(LocalDate d) {
        return new Mention(start, end, leadStart, tailEnd, printed, notation, typeClass, typeFromWord, d, bodyText,
                terms, conference, namedSlug, label, group, selfHeader);
    }

    public Mention asSelfHeader() {
        return new Mention(start, end, leadStart, tailEnd, printed, notation, typeClass, typeFromWord, date, bodyText,
                terms, conference, namedSlug, label, group, true);
    }
}
