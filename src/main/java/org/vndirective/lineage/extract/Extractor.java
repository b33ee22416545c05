package org.vndirective.lineage.extract;

import java.util.ArrayList;
import java.util.List;
import org.vndirective.lineage.report.Problem;
import org.vndirective.lineage.text.SourceText;
import org.vndirective.lineage.text.TextNormalizer;

/** One file's text to its facts: normalise, find mentions, read the header, type the links. Thread-safe. */
public final class Extractor {
    private final TextNormalizer normalizer;
    private final MentionFinder mentions;
    private final HeaderReader header;
    private final LinkFinder links;

    public Extractor(TextNormalizer normalizer, MentionFinder mentions, HeaderReader header, LinkFinder links) {
        this.normalizer = normalizer;
        this.mentions = mentions;
        this.header = header;
        this.links = links;
    }

    public static Extractor standard() {
        return new Extractor(TextNormalizer.standard(), MentionFinder.standard(), HeaderReader.standard(),
                LinkFinder.standard());
    }

    public FileExtraction extract(SourceText source) {
        var text = normalizer.normalize(source);
        MentionFinder.Result found = mentions.find(text);
        Header h = header.read(text, found.mentions());
        List<Mention> ms = new ArrayList<>(found.mentions());
        if (h.self() != null) ms.replaceAll(m -> m instanceof NotationMention && m.start() == h.self().start() ? h.self() : m);
        List<Problem> problems = new ArrayList<>(found.problems());
        for (String note : source.notes()) problems.add(Problem.warning(source.name(), note));
        return new FileExtraction(text, h, ms, links.find(text, h, ms), problems);
    }
}
