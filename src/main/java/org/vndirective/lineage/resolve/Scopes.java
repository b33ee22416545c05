package org.vndirective.lineage.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.vndirective.lineage.extract.DataFiles;

/** The level of an issuer code, from {@code issuer-scopes.json}. */
public final class Scopes {
    public enum Level { CENTRAL, STATE, PROVINCE, DISTRICT, UNKNOWN }

    public record Rule(Pattern pattern, Level level, List<String> examples) {}

    private final List<Rule> rules;

    private Scopes(JsonNode root) {
        List<Rule> out = new ArrayList<>();
        for (JsonNode r : root.get("rules")) {
            List<String> ex = new ArrayList<>();
            r.get("examples").forEach(e -> ex.add(e.asText()));
            out.add(new Rule(Pattern.compile(r.get("pattern").asText()), Level.valueOf(r.get("level").asText().toUpperCase()), ex));
        }
        rules = List.copyOf(out);
    }

    private static final Scopes STANDARD = new Scopes(DataFiles.read("issuer-scopes.json"));

    public static Scopes standard() { return STANDARD; }

    public List<Rule> rules() { return rules; }

    public Level levelOf(String issuerCode) {
        for (Rule r : rules) if (r.pattern().matcher(issuerCode).matches()) return r.level();
        return Level.UNKNOWN;
    }
}
