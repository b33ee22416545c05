package org.vndirective.lineage.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.vndirective.lineage.extract.Header;
import org.vndirective.lineage.extract.HeaderReader;
import org.vndirective.lineage.extract.LinkFinder;
import org.vndirective.lineage.extract.Mention;
import org.vndirective.lineage.extract.MentionFinder;
import org.vndirective.lineage.text.AlignedText;
import org.vndirective.lineage.text.Decoder;
import org.vndirective.lineage.text.SourceText;
import org.vndirective.lineage.text.TextNormalizer;

/**
 * Extraction speed on a folder of real text, one thread, stage by stage: the figure behind "MB/s per core". Texts
 * are decoded into memory first, so disk reads are not counted; each stage's CPU time is taken from the thread's
 * clock, so another process on the other core changes little. The first passes warm the JIT and are not reported.
 */
public final class CorpusSpeed {
    /** One measured pass: CPU seconds per stage, and what it found (so that a faster build can be checked for sameness). */
    public record Pass(double normalise, double mentions, double header, double links, long mentionCount, long linkCount) {
        double extraction() { return normalise + mentions + header + links; }
    }

    private final PrintStream out;

    public CorpusSpeed(PrintStream out) { this.out = out; }

    public List<Pass> run(Path folder, int warmups, int passes) throws IOException {
        List<SourceText> texts = read(folder);
        long bytes = texts.stream().mapToLong(SourceText::byteLength).sum();
        double mb = bytes / 1e6;
        out.printf("corpus: %s, %,d files decoded, %.1f MB%n", folder, texts.size(), mb);
        List<Pass> results = new ArrayList<>();
        for (int i = 0; i < warmups + passes; i++) {
            Pass p = pass(texts);
            if (i < warmups) continue;
            results.add(p);
            out.printf("pass %d: normalise %.2f s (%.1f MB/s), mentions %.2f s, header %.2f s, links %.2f s;"
                            + " extraction %.2f s = %.2f MB/s per core; %,d mentions, %,d links%n",
                    results.size(), p.normalise, mb / p.normalise, p.mentions, p.header, p.links, p.extraction(),
                    mb / p.extraction(), p.mentionCount, p.linkCount);
        }
        return results;
    }

    static List<SourceText> read(Path folder) throws IOException {
        Decoder decoder = Decoder.standard();
        List<SourceText> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                if (decoder.decode(f.getFileName().toString(), f.toString(), Files.readAllBytes(f))
                        instanceof Decoder.Decoded d) texts.add(d.text());
            }
        }
        return texts;
    }

    private static Pass pass(List<SourceText> texts) {
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        TextNormalizer normalizer = TextNormalizer.standard();
        MentionFinder mentionFinder = MentionFinder.standard();
        HeaderReader headerReader = HeaderReader.standard();
        LinkFinder linkFinder = LinkFinder.standard();
        long norm = 0, ment = 0, head = 0, link = 0, mentions = 0, links = 0;
        for (SourceText s : texts) {
            long t0 = clock.getCurrentThreadCpuTime();
            AlignedText text = normalizer.normalize(s);
            text.folded();
            long t1 = clock.getCurrentThreadCpuTime();
            List<Mention> ms = mentionFinder.find(text).mentions();
            long t2 = clock.getCurrentThreadCpuTime();
            Header h = headerReader.read(text, ms);
            long t3 = clock.getCurrentThreadCpuTime();
            links += linkFinder.find(text, h, ms).size();
            long t4 = clock.getCurrentThreadCpuTime();
            mentions += ms.size();
            norm += t1 - t0;
            ment += t2 - t1;
            head += t3 - t2;
            link += t4 - t3;
        }
        return new Pass(norm / 1e9, ment / 1e9, head / 1e9, link / 1e9, mentions, links);
    }
}
