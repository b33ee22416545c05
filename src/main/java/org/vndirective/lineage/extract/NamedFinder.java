package org.vndirective.lineage.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents known by name without a number ("Cương lĩnh xây dựng đất nước trong thời kỳ quá độ …", "Điều lệ Đảng"),
 * from the {@code named} entries of {@code central-documents.json}: a pattern, a label and a slug, where {@code $1}…
 * take the pattern's groups.
 */
final class NamedFinder implements KindFinder {
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?i)[ivxl]+");

    record Entry(Pattern pattern, String typeClass, String label, String slug) {}

    private final List<Entry> entries;

    NamedFinder(List<Entry> entries) { this.entries = List.copyOf(entries); }

    static NamedFinder standard() {
        List<Entry> out = new ArrayList<>();
        for (JsonNode e : DataFiles.read("central-documents.json").get("named").get("entries")) {
            out.add(new Entry(Pattern.compile(e.get("pattern").asText()), e.get("type").asText(),
                    e.get("label").asText(), e.get("slug").asText()));
        }
        return new NamedFinder(out);
    }

    List<Entry> entries() { return entries; }

    @Override
    public void find(Draft d) {
        String f = d.folded, n = d.normalised;
        Spans taken = Spans.of(d.mentions());
        for (Entry e : entries) {
            Matcher m = e.pattern().matcher(f);
            for (int at : Triggers.literalStarts(f, e.pattern().pattern())) {
                if (!m.region(at, f.length()).lookingAt()) continue;
                if (!Words.wordBoundary(f, m.start()) || taken.overlaps(m.start(), m.end())) continue;
                String label = e.label(), slug = e.slug();
                for (int g = m.groupCount(); g >= 1; g--) {
                    String printed = m.group(g) == null ? "" : n.substring(m.start(g), m.end(g));
                    String v = ROMAN_NUMERAL.matcher(printed).matches() ? printed.toUpperCase(Locale.ROOT) : printed;
                    label = label.replace("$" + g, v.replace('\n', ' '));
                    slug = slug.replace("$" + g, Slugs.slug(v));
                }
                d.add(new NamedMention(Span.of(m.start(), m.end()), d.newGroup(), e.typeClass(), slug, label));
            }
        }
    }
}
