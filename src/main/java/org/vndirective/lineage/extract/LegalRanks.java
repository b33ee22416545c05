package org.vndirective.lineage.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Where a state document stands in the hierarchy of legal documents ({@code legal-ranks.json}): a law above a decree,
 * a decree above a circular. A document amends or replaces only documents of its own rank: the body that issued a
 * legal document amends or replaces it, a higher one may only annul it.
 */
public final class LegalRanks {
    /** A type ({@code null}: any) from an issuer ({@code null}: any) has this rank; 1 is the highest. */
    public record Rule(int rank, String typeClass, Pattern issuer, List<String> examples) {
        boolean matches(String type, String issuerCode) {
            return (typeClass == null || typeClass.equals(type))
                    && (issuer == null || issuerCode != null && issuer.matcher(issuerCode).matches());
        }
    }

    private static final LegalRanks STANDARD = new LegalRanks(DataFiles.read("legal-ranks.json"));

    private final List<Rule> rules;
    private final List<String> notNormative;
    private final List<String> notNormativeExamples;

    private LegalRanks(JsonNode root) {
        List<Rule> list = new ArrayList<>();
        for (JsonNode r : root.get("rules")) {
            list.add(new Rule(r.get("rank").asInt(), r.has("class") ? r.get("class").asText() : null,
                    r.has("issuer") ? Pattern.compile(r.get("issuer").asText()) : null, texts(r.get("examples"))));
        }
        rules = List.copyOf(list);
        notNormative = texts(root.get("notNormative").get("classes"));
        notNormativeExamples = texts(root.get("notNormative").get("examples"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText()));
        return List.copyOf(out);
    }

    public List<String> notNormativeExamples() { return notNormativeExamples; }

    /** Types that are no legal document: they amend or replace no ranked one. */
    public List<String> notNormative() { return notNormative; }

    public static LegalRanks standard() { return STANDARD; }

    public List<Rule> rules() { return rules; }

    /** The rank of a document of this type from this issuer code (either may be null); empty when no rule says. */
    public OptionalInt rank(String typeClass, String issuerCode) {
        return rule(typeClass, issuerCode).map(r -> OptionalInt.of(r.rank())).orElse(OptionalInt.empty());
    }

    /** The first rule that matches. */
    public Optional<Rule> rule(String typeClass, String issuerCode) {
        return rules.stream().filter(r -> r.matches(typeClass, issuerCode)).findFirst();
    }

    /** The rank of the document a mention names: its type, and its notation's issuer when it prints one. */
    public OptionalInt rank(Mention m) {
        if (named(m) instanceof NotationMention n) {
            // A Party document is outside the state's hierarchy, whatever its code.
            return n.notation().state() ? rank(n.typeClass(), n.notation().issuerCode()) : OptionalInt.empty();
        }
        return rank(named(m).typeClass(), null);
    }

    /** An alias stands for what its antecedent names. */
    private static Mention named(Mention m) { return m instanceof AliasMention a ? a.antecedent() : m; }

    /**
     * Whether {@code amender} (null: the file's own document, known by its header) may amend or replace
     * {@code amended}: only a document of the same rank may (the body that issued it amends it; a higher one
     * annuls), and never an older one (years as printed).
     */
    public boolean mayAmend(Mention amender, Header header, Mention amended) {
        boolean own = amender == null;
        OptionalInt a = !own ? rank(amender) : header.self() != null ? rank(header.self()) : rank(header.typeClass(), null);
        OptionalInt b = rank(amended);
        if (a.isPresent() && b.isPresent() && a.getAsInt() != b.getAsInt()) return false;
        if (b.isPresent() && notNormative.contains(!own ? amender.typeClass() : header.typeClass())) return false;
        Integer from = !own ? year(amender) : header.year();
        Integer to = year(amended);
        return from == null || to == null || from >= to;
    }

    private static Integer year(Mention m) {
        if (!(named(m) instanceof NotationMention n)) return null;
        // The year in a state notation is printed by its issuer; a date beside a citation may be the citing text's.
        return n.notation().year() != null ? n.notation().year() : n.date() != null ? Integer.valueOf(n.date().getYear()) : null;
    }
}
