package org.vndirective.lineage.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vndirective.lineage.extract.Extractor;
import org.vndirective.lineage.extract.HeaderReader;
import org.vndirective.lineage.extract.LinkFinder;
import org.vndirective.lineage.extract.MentionFinder;
import org.vndirective.lineage.text.AlignedText;
import org.vndirective.lineage.text.SourceText;
import org.vndirective.lineage.text.TextNormalizer;

/** The extractor's hot path on the four bundled samples (73 KB): each stage alone, and all together. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPathBenchmark {
    SourceText[] sources;
    AlignedText[] normalised;

    @Setup(Level.Trial)
    public void load() throws IOException {
        String[] files = {"000_65312ab16a694310.txt", "001_5d9c08b32df71cfa.txt", "002_96d47606b084ea54.txt", "003_d36600f59ffdebfe.txt"};
        sources = new SourceText[files.length];
        normalised = new AlignedText[files.length];
        for (int i = 0; i < files.length; i++) {
            try (InputStream in = HotPathBenchmark.class.getResourceAsStream("/corpus/lam-dong/" + files[i])) {
                sources[i] = SourceText.of(files[i], new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            normalised[i] = TextNormalizer.standard().normalize(sources[i]);
            normalised[i].folded();
        }
    }

    /** Bytes of the four samples, to turn operations per second into MB/s. */
    public static final int SAMPLE_BYTES = 73_269;

    @Benchmark
    public int normalise() {
        int n = 0;
        for (SourceText s : sources) n += TextNormalizer.standard().normalize(s).folded().length();
        return n;
    }

    @Benchmark
    public int findMentions() {
        int n = 0;
        for (AlignedText t : normalised) n += MentionFinder.standard().find(t).mentions().size();
        return n;
    }

    @Benchmark
    public int findLinks() {
        int n = 0;
        for (AlignedText t : normalised) {
            var ms = MentionFinder.standard().find(t).mentions();
            n += LinkFinder.standard().find(t, HeaderReader.standard().read(t, ms), ms).size();
        }
        return n;
    }

    @Benchmark
    public int extract() {
        int n = 0;
        for (SourceText s : sources) n += Extractor.standard().extract(s).links().size();
        return n;
    }
}
