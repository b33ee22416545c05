package org.vndirective.lineage.extract;

/**
 * A later use of a name the text gave a document: "… (sau đây gọi tắt là Quy định 377)" then "Quy định 377".
 * It stands for whatever {@code antecedent} resolves to.
 */
public record AliasMention(Span span, int group, String alias, Mention antecedent) implements Mention {
    @Override public String typeClass() { return antecedent.typeClass(); }

    @Override public boolean numbered() { return antecedent.numbered(); }
}
