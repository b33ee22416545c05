package org.vndirective.lineage.extract;

/**
 * "Kết luận 18", "Nghị quyết số 57" after the same document was cited in full: a type word and a bare number.
 * Which document it is (the one full citation of that type and number in the file) is decided in {@code resolve}.
 *
 * @param number the digits without leading zeros
 */
public record ShortMention(Span span, int group, String typeClass, String number) implements Mention {
    @Override public boolean numbered() { return true; }
}
