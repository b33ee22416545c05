package org.vndirective.lineage.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * "Kế hoạch số 59-KH/TU ngày … của Ban Thường vụ Tỉnh ủy", "15/2020/NĐ-CP": a document cited by its notation.
 *
 * @param printed      the notation as printed (normalised text)
 * @param typeFromWord whether a word named the type (stronger than the code)
 * @param date         the date printed with it, if any and valid
 * @param bodyText     the issuing body as printed after "của", if any
 * @param terms        khóa printed with it (Roman numerals)
 * @param selfHeader   the file's own notation in its header, not a citation
 */
public record NotationMention(Span span, int group, String printed, Notation notation, String typeClass,
                              boolean typeFromWord, LocalDate date, String bodyText, List<String> terms,
                              boolean selfHeader) implements Mention {
    public NotationMention {
        terms = List.copyOf(terms);
    }

    @Override public boolean numbered() { return true; }

    public NotationMention withDate(LocalDate d) {
        return new NotationMention(span, group, printed, notation, typeClass, typeFromWord, d, bodyText, terms, selfHeader);
    }

    public NotationMention asSelfHeader() {
        return new NotationMention(span, group, printed, notation, typeClass, typeFromWord, date, bodyText, terms, true);
    }
}
