package org.vndirective.lineage.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.vndirective.lineage.extract.FileExtraction;
import org.vndirective.lineage.extract.Link;
import org.vndirective.lineage.extract.Mention;
import org.vndirective.lineage.extract.Relation;

/** Every document once, and per file what it mentions and links, by document identity. */
public record ResolvedCorpus(SortedMap<String, Doc> docs, List<ResolvedFile> files) {

    /** One real document and what is known of it (merged over all files and the reference data). */
    public record Doc(DocKey key, String notation, List<String> printed, String typeClass, LocalDate date,
                      List<String> terms, String bodyId, String jurisdiction, String title, List<String> aliases,
                      String label, boolean fromReference, String resolution, List<DocKey> candidates) {
        public String path() { return key.path(); }
    }

    public record ResolvedMention(Mention mention, DocKey key, String resolution, List<DocKey> candidates) {}

    public record ResolvedLink(DocKey subject, Relation relation, DocKey object, Link link) {}

    /** A file: the document it is ({@code self}), its place, mentions and links; {@code selfFacts} as it states them. */
    public record ResolvedFile(FileExtraction extraction, DocKey self, Places.Place place, List<ResolvedMention> mentions,
                               List<ResolvedLink> links) {}

    public Doc doc(DocKey key) { return docs.get(key.path()); }
}
