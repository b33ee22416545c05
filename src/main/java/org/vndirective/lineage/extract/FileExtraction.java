package org.vndirective.lineage.extract;

import java.util.List;
import org.vndirective.lineage.report.Problem;
import org.vndirective.lineage.text.AlignedText;

/** Everything one file says, before resolution across files. */
public record FileExtraction(AlignedText text, Header header, List<Mention> mentions, List<Link> links,
                             List<Problem> problems) {
    public FileExtraction {
        mentions = List.copyOf(mentions);
        links = List.copyOf(links);
        problems = List.copyOf(problems);
    }

    public String fileName() { return text.source().name(); }
}
