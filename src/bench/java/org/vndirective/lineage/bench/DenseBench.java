package org.vndirective.lineage.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.vndirective.lineage.Ingest;
import org.vndirective.lineage.Lineage;
import org.vndirective.lineage.extract.FileExtraction;
import org.vndirective.lineage.extract.Header;
import org.vndirective.lineage.extract.HeaderReader;
import org.vndirective.lineage.extract.LinkFinder;
import org.vndirective.lineage.extract.Mention;
import org.vndirective.lineage.extract.MentionFinder;
import org.vndirective.lineage.rdf.GraphBuilder;
import org.vndirective.lineage.rdf.Iris;
import org.vndirective.lineage.rdf.NQuadsSink;
import org.vndirective.lineage.resolve.CentralDocuments;
import org.vndirective.lineage.resolve.RegistryPlaces;
import org.vndirective.lineage.resolve.Resolver;
import org.vndirective.lineage.resolve.Scopes;
import org.vndirective.lineage.resolve.YearIndex;
import org.vndirective.lineage.extract.DocTypes;
import org.vndirective.lineage.text.AlignedText;
import org.vndirective.lineage.text.Decoder;
import org.vndirective.lineage.text.SourceText;
import org.vndirective.lineage.text.TextNormalizer;

/**
 * One file, dense with citations, at several sizes: the cost of a file should grow with its length and its
 * mentions, not with their square. Each file goes through the ingest as a user runs it (a child JVM with 512 MB of
 * heap, stopped at a time limit), and, when that finished, through each stage in process, timed apart, to show
 * where the time goes.
 */
public final class DenseBench {
    /** What a file is made of: a header, then one line after another until the size is reached. */
    public enum Kind {
        CITATIONS("dense citations", i -> "Thực hiện Chỉ thị số %d-CT/TW của Ban Bí thư.\n".formatted(1 + i % 50)),
        CAN_CU("\"Căn cứ\" lines", i -> "Căn cứ Quyết định số %d/QĐ-UBND ngày %02d/%02d/%d của Ủy ban nhân dân tỉnh;\n"
                .formatted(1 + i % 5000, 1 + i % 28, 1 + i % 12, 2000 + i % 20));

        final String label;
        final IntFunction<String> line;

        Kind(String label, IntFunction<String> line) {
            this.label = label;
            this.line = line;
        }
    }

    static final String HEADER = "TỈNH ỦY LÂM ĐỒNG\nSố 59-KH/TU\nLâm Đồng, ngày 10 tháng 8 năm 2018\nKẾ HOẠCH\n"
            + "thực hiện Kết luận số 18-KL/TW, ngày 22/9/2017 của Ban Bí thư\n-----\n";

    /** One measured file; the seconds are -1 where the run was stopped at the time limit. */
    public record Row(Kind kind, long bytes, int mentions, int links, ChildIngest run, ChildIngest start, double[] stages) {
        double megabytes() { return bytes / 1e6; }

        boolean done() { return mentions >= 0; }

        /** Wall seconds per MB, less the start-up (the same ingest of a file of one line). */
        double secondsPerMB() { return (run.seconds() - start.seconds()) / megabytes(); }

        /** CPU seconds per MB, less the start-up's: what the load of a shared machine does not inflate. */
        double cpuPerMB() { return (run.cpuSeconds() - start.cpuSeconds()) / megabytes(); }
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Graph REFERENCE = GraphFactory.createDefaultGraph();

    static {
        Lineage.reference(RegistryPlaces.standard()).forEach(q -> REFERENCE.add(q.asTriple()));
    }

    /**
     * Larger files are not timed stage by stage: that would double the run, and the bench's own heap would have to
     * hold a whole file's extraction and graph at once.
     */
    static final long STAGES_UP_TO = 2_000_000;
    static final List<String> STAGES = List.of("normalise", "mentions", "header", "links", "resolve", "graph", "validate", "write");
    private static final Pattern WROTE = Pattern.compile("(\\d+) links, (\\d+) mentions");

    private final PrintStream out;

    public DenseBench(PrintStream out) { this.out = out; }

    public List<Row> run(List<Long> sizes, Path work, long timeoutSeconds) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve("dense"));
        List<Row> rows = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Path small = write(dir, kind, 1);
            ChildIngest start = ChildIngest.run(List.of("--out", dir.resolve("small.nq").toString(), small.toString()));
            for (int i = 0; i < 20; i++) stages(small); // warm-up for the stage timings
            for (long size : sizes) {
                Path f = write(dir, kind, size);
                Path nq = dir.resolve("g.nq");
                ChildIngest c = ChildIngest.run(List.of("--out", nq.toString(), f.toString()), timeoutSeconds);
                Files.deleteIfExists(nq);
                Matcher m = WROTE.matcher(c.said());
                boolean done = c.peakHeapMB() >= 0 && c.exit() == 0 && m.find();
                double[] stages = done && size <= STAGES_UP_TO ? stages(f) : null;
                Row r = new Row(kind, Files.size(f), done ? Integer.parseInt(m.group(2)) : -1, done ? Integer.parseInt(m.group(1)) : -1,
                        c, start, stages);
                rows.add(r);
                out.println(done ? ("%s, %.1f MB: %,d mentions, %,d links; ingest %.1f s, %.1f s of CPU (per MB after start-up: %.2f s,"
                        + " %.2f s of CPU), peak heap %d MB, peak RSS %d MB; stages (CPU) %s")
                        .formatted(kind.label, r.megabytes(), r.mentions, r.links, c.seconds(), c.cpuSeconds(), r.secondsPerMB(),
                                r.cpuPerMB(), c.peakHeapMB(), c.peakRssMB(), stageText(stages))
                        : "%s, %.1f MB: %s".formatted(kind.label, r.megabytes(), notDone(r)));
                out.flush();
                Files.delete(f);
            }
        }
        Files.writeString(work.resolve("dense.md"), markdown(rows));
        return rows;
    }

    /** Writes a file of about {@code bytes} bytes (at least the header and one line). */
    static Path write(Path dir, Kind kind, long bytes) throws IOException {
        Path f = dir.resolve(kind.name().toLowerCase() + "-" + bytes + ".txt");
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            long n = HEADER.getBytes(StandardCharsets.UTF_8).length;
            for (int i = 0; i == 0 || n < bytes; i++) {
                String l = kind.line.apply(i);
                w.write(l);
                n += l.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return f;
    }

    /**
     * CPU seconds of each stage for one file, in process, one run each on this thread: CPU time, as the machine's
     * other work would inflate the wall time of a single run.
     */
    static double[] stages(Path f) throws IOException {
        var d = (Decoder.Decoded) Decoder.standard().decode(f.getFileName().toString(), f.toString(), Files.readAllBytes(f));
        SourceText src = d.text();
        double[] s = new double[STAGES.size()];
        long t = CPU.getCurrentThreadCpuTime();
        AlignedText text = TextNormalizer.standard().normalize(src);
        t = lap(s, 0, t);
        MentionFinder.Result found = MentionFinder.standard().find(text);
        t = lap(s, 1, t);
        Header h = HeaderReader.standard().read(text, found.mentions());
        t = lap(s, 2, t);
        List<Mention> ms = new ArrayList<>(found.mentions());
        if (h.self() != null) ms.replaceAll(m -> m.start() == h.self().start() ? h.self() : m);
        var links = LinkFinder.standard().find(text, h, ms);
        t = lap(s, 3, t);
        FileExtraction x = new FileExtraction(text, h, ms, links, found.problems());
        Resolver resolver = new Resolver(RegistryPlaces.standard(), Scopes.standard(), CentralDocuments.standard(), DocTypes.standard());
        YearIndex index = resolver.newIndex();
        resolver.datedFacts(x).forEach(o -> index.add(o.series(), o.year(), o.bodyId()));
        Resolver.FileResolution r = resolver.resolveFile(x, index);
        t = lap(s, 4, t);
        List<Quad> quads = GraphBuilder.file(r.file());
        t = lap(s, 5, t);
        Ingest.validateFile(r.file(), quads, REFERENCE);
        t = lap(s, 6, t);
        Path nq = Files.createTempFile("dense-", ".nq");
        try (NQuadsSink sink = new NQuadsSink(nq)) {
            sink.accept(Iris.graph(src.name()), quads);
        } finally {
            Files.deleteIfExists(nq);
        }
        lap(s, 7, t);
        return s;
    }

    private static long lap(double[] s, int i, long t0) {
        long now = CPU.getCurrentThreadCpuTime();
        s[i] = (now - t0) / 1e9;
        return now;
    }

    static String stageText(double[] s) {
        if (s == null) return "not timed above " + STAGES_UP_TO / 1_000_000 + " MB";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length; i++) b.append(i == 0 ? "" : ", ").append(STAGES.get(i)).append(" %.2f s".formatted(s[i]));
        return b.toString();
    }

    /** Stopped at the time limit, or the file skipped (an internal error, such as running out of heap). */
    static String notDone(Row r) {
        if (r.run.exit() < 0) return "not done in %.0f s".formatted(r.run.seconds());
        List<String> said = r.run.said().lines().filter(l -> !l.isBlank()).toList();
        // The file's own line, or what ended the JVM (an uncaught Error is exit 1 too), or its last word.
        String why = said.stream().filter(l -> l.contains("error:")).findFirst()
                .or(() -> said.stream().filter(l -> l.startsWith("Exception in thread")).findFirst())
                .orElse(said.isEmpty() ? "" : said.get(said.size() - 1)).strip();
        return "failed (exit %d)%s".formatted(r.run.exit(), why.isEmpty() ? "" : ": " + why.replace("|", "\\|"));
    }

    static String markdown(List<Row> rows) {
        StringBuilder b = new StringBuilder("| file | MB | mentions | links | ingest (`-Xmx512m`): wall / CPU | per MB less start-up: wall / CPU"
                + " | heap after GC, peak | peak RSS | in process, CPU: " + String.join(" / ", STAGES) + " (s) |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Row r : rows) {
            if (!r.done()) {
                b.append("| %s | %.1f | | | %s | | | | |\n".formatted(r.kind.label, r.megabytes(), notDone(r)));
                continue;
            }
            StringBuilder st = new StringBuilder(r.stages == null ? stageText(null) : "");
            for (int i = 0; r.stages != null && i < r.stages.length; i++) st.append(i == 0 ? "" : " / ").append("%.2f".formatted(r.stages[i]));
            b.append("| %s | %.1f | %,d | %,d | %.1f / %.1f s | %.2f / %.2f s | %d MB | %d MB | %s |\n".formatted(r.kind.label,
                    r.megabytes(), r.mentions, r.links, r.run.seconds(), r.run.cpuSeconds(), r.secondsPerMB(), r.cpuPerMB(),
                    r.run.peakHeapMB(), r.run.peakRssMB(), st));
        }
        return b.toString();
    }
}
