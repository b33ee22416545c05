package org.vndirective.lineage.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vndirective.lineage.extract.DataFiles;

/** Well-known central documents from {@code central-documents.json}: public facts with their source. */
public final class CentralDocuments {
    public record Entry(String notation, String typeClass, LocalDate date, String body, String term, Integer conference,
                        boolean isDefault, String title, String source) {}

    private final List<Entry> entries;

    private CentralDocuments(JsonNode root) {
        List<Entry> out = new ArrayList<>();
        for (JsonNode d : root.get("documents")) {
            out.add(new Entry(d.get("notation").asText(), d.get("type").asText(), LocalDate.parse(d.get("date").asText()),
                    d.get("body").asText(), d.hasNonNull("term") ? d.get("term").asText() : null,
                    d.hasNonNull("conference") ? d.get("conference").asInt() : null, d.path("default").asBoolean(false),
                    d.path("title").asText(null), d.get("source").asText()));
        }
        entries = List.copyOf(out);
    }

    private static final CentralDocuments STANDARD = new CentralDocuments(DataFiles.read("central-documents.json"));

    public static CentralDocuments standard() { return STANDARD; }

    public List<Entry> all() { return entries; }

    /** "Nghị quyết Trung ương 4 (khóa XII)": the default document of that conference and type. */
    public Optional<Entry> byConference(String typeClass, int conference, String term) {
        List<Entry> hits = entries.stream().filter(e -> typeClass.equals(e.typeClass()) && e.conference() != null
                && e.conference() == conference && term.equals(e.term())).toList();
        if (hits.size() == 1) return Optional.of(hits.get(0));
        return hits.stream().filter(Entry::isDefault).findFirst();
    }
}
