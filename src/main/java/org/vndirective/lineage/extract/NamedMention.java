package org.vndirective.lineage.extract;

/**
 * "Luật Đất đai", "Cương lĩnh xây dựng đất nước …": a document cited by its name, with no number.
 *
 * @param slug  its identifier under {@code id:named/}
 * @param label how to call it
 */
public record NamedMention(Span span, int group, String typeClass, String slug, String label) implements Mention {
    @Override public boolean numbered() { return false; }
}
