package org.vndirective.lineage.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The log-log plot of time and memory against corpus size, drawn from the scale run's rows with XChart. */
final class Plot {
    private Plot() {}

    static void draw(List<ScaleBench.Row> rows, Path png) throws IOException {
        if (rows.isEmpty()) return;
        XYChart chart = new XYChartBuilder().width(1300).height(650)
                .title("Cost against corpus size (log-log, 2 cores)").xAxisTitle("documents").yAxisTitle("seconds · MB · ms").build();
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true).setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE)
                .setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        double[] x = rows.stream().mapToDouble(r -> r.docs).toArray();
        series(chart, "ingest, s", x, rows, r -> r.ingestSeconds);
        series(chart, "extraction on 1 core, s", x, rows, r -> r.megabytes / r.extractOneMBs);
        series(chart, "load (ours), s", x, rows, r -> r.oursLoadSeconds);
        series(chart, "load (Jena bulk loader), s", x, rows, r -> r.jenaLoadSeconds);
        series(chart, "ingest peak heap, MB", x, rows, r -> r.peakHeapMB);
        series(chart, "ingest peak RSS, MB", x, rows, r -> r.peakRssMB);
        if (rows.stream().allMatch(r -> r.q != null)) {
            series(chart, "chain p50 (closure), ms", x, rows, r -> r.q.chain().p50());
            series(chart, "chain p50 (property path), ms", x, rows, r -> r.q.chainPath().p50());
            series(chart, "chain p50 over HTTP, ms", x, rows, r -> r.q.chainHttp().p50());
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static void series(XYChart chart, String name, double[] x, List<ScaleBench.Row> rows, ToDoubleFunction<ScaleBench.Row> y) {
        double[] ys = rows.stream().mapToDouble(y).map(v -> Math.max(v, 1e-3)).toArray();
        chart.addSeries(name, x, ys).setMarker(SeriesMarkers.CIRCLE);
    }
}
