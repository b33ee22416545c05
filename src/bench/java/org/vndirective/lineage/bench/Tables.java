package org.vndirective.lineage.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scale run's figures as the Markdown tables of {@code BENCHMARKS.md}, with each figure's ratio to its baseline
 * computed here rather than by hand: extraction against the floor, our load against Jena's bulk loader, the saved
 * queries against the property path, throughput against 1,500 q/s.
 */
final class Tables {
    static final double TARGET_QPS = 1500;

    private Tables() {}

    static String markdown(List<ScaleBench.Row> rows) {
        StringBuilder b = new StringBuilder();
        table(b, rows, List.of("docs", "MB", "floor", "extraction, 1 core", "% of floor", "extraction, 2 cores",
                "ingest (`-Xmx512m`)", "heap after GC, peak", "peak RSS", "quality: links F1 (mentions, metadata)"), r -> new Object[] {
                int0(r.docs), f1(r.megabytes), f1(r.floorMBs) + " MB/s",
                "%s MB/s (%s docs/s)".formatted(f1(r.extractOneMBs), int0(r.docs / (r.megabytes / r.extractOneMBs))),
                "%.0f%%".formatted(100 * r.extractOneMBs / r.floorMBs), f1(r.extractAllMBs) + " MB/s",
                f1(r.ingestSeconds) + " s", r.peakHeapMB + " MB", r.peakRssMB + " MB", quality(r.quality)});
        table(b, rows, List.of("docs", "quads", "load, ours", "load, Jena bulk loader", "ratio (≥ 0.9)", "closure build"), r -> new Object[] {
                int0(r.docs), int0(r.quads), "%s s (%s quads/s)".formatted(f1(r.oursLoadSeconds), int0(r.quads / r.oursLoadSeconds)),
                "%s s (%s quads/s)".formatted(f1(r.jenaLoadSeconds), int0(r.quads / r.jenaLoadSeconds)),
                f2(r.jenaLoadSeconds / r.oursLoadSeconds), f1(r.closureSeconds) + " s"});
        List<ScaleBench.Row> queried = rows.stream().filter(r -> r.q != null).toList();
        if (queried.isEmpty()) return b.toString();
        table(b, queried, List.of("docs", "upstream chain, saved", "ancestors, saved", "plain property path",
                "speed-up over the path, chain / ancestors (≥ 20×)", "chain over HTTP", "ancestors over HTTP",
                "property path over HTTP (p50)", "downstream tree, saved / path (p50)", "tree over HTTP (p50)"), r -> new Object[] {
                int0(r.docs), lat(r.q.chain()), lat(r.q.ancestors()), lat(r.q.chainPath()),
                "%s× / %s×".formatted(f2(r.q.chainPath().p50() / r.q.chain().p50()), f2(r.q.chainPath().p50() / r.q.ancestors().p50())),
                lat(r.q.chainHttp()), lat(r.q.ancestorsHttp()), f2(r.q.chainPathHttp().p50()) + " ms",
                "%s / %s ms".formatted(f2(r.q.tree().p50()), f2(r.q.treePath().p50())), f2(r.q.treeHttp().p50()) + " ms"});
        table(b, queried, List.of("docs", "HTTP q/s, saved chain, 1 / 8 / 32 clients", "HTTP q/s, ancestors, 32 clients",
                "32 clients against 1,500 q/s, chain / ancestors"), r -> new Object[] {
                int0(r.docs), "%s / %s / %s".formatted(int0(r.q.qps()[0]), int0(r.q.qps()[1]), int0(r.q.qps()[2])),
                int0(r.q.ancestorsQps32()), "%s / %s".formatted(f2(r.q.qps()[2] / TARGET_QPS), f2(r.q.ancestorsQps32() / TARGET_QPS))});
        return b.toString();
    }

    private static final Pattern SCORES = Pattern.compile("mentions P=\\S+ R=\\S+ F1=(\\S+) \\| links P=(\\S+) R=(\\S+) F1=(\\S+) \\| metadata \\S+=(\\S+)");

    /** Links F1 first (the target), mentions F1 and metadata beside it; anything else (e.g. "not scored") as it is. */
    static String quality(String scorerLine) {
        Matcher m = SCORES.matcher(scorerLine);
        if (!m.find()) return scorerLine;
        return "%s (P %s, R %s; mentions %s, metadata %s)%s".formatted(m.group(4), m.group(2), m.group(3), m.group(1), m.group(5),
                scorerLine.endsWith("(indexed scorer)") ? ", indexed scorer" : "");
    }

    private static void table(StringBuilder b, List<ScaleBench.Row> rows, List<String> head, Function<ScaleBench.Row, Object[]> cells) {
        b.append("| ").append(String.join(" | ", head)).append(" |\n|");
        for (int i = 0; i < head.size(); i++) b.append(i == head.size() - 1 && head.get(i).startsWith("quality") ? " --- |" : " ---: |");
        b.append('\n');
        for (ScaleBench.Row r : rows) {
            b.append('|');
            for (Object c : cells.apply(r)) b.append(' ').append(c).append(" |");
            b.append('\n');
        }
        b.append('\n');
    }

    private static String lat(QueryBench.Latency l) { return "%s / %s ms".formatted(f2(l.p50()), f2(l.p99())); }

    private static String int0(double v) { return String.format(Locale.ROOT, "%,.0f", v); }

    private static String f1(double v) { return String.format(Locale.ROOT, "%.1f", v); }

    private static String f2(double v) { return String.format(Locale.ROOT, "%.2f", v); }
}
