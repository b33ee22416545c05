package org.vndirective.lineage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.vndirective.lineage.bench.DenseBench;
import org.vndirective.lineage.bench.HotPathBenchmark;
import org.vndirective.lineage.bench.ScaleBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = "Measure extraction and ingest at corpus sizes (generated), and the hot path with JMH.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000", description = "Corpus sizes (default ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--work", defaultValue = "target/bench", paramLabel = "DIR", description = "Where corpora and outputs go (default ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--score-up-to", defaultValue = "10000", paramLabel = "DOCS", description = "Score quality with the shared scorer up to this size (default ${DEFAULT-VALUE}; its time grows with files × documents), with its indexed copy src/bench/score_indexed.py above.")
    int scoreUpTo;

    @Option(names = "--client-seconds", defaultValue = "10", paramLabel = "S", description = "How long each HTTP throughput level runs (default ${DEFAULT-VALUE}).")
    double clientSeconds;

    @Option(names = "--no-queries", description = "Skip the query latency and throughput runs.")
    boolean noQueries;

    @Option(names = "--keep-graphs", description = "Keep each size's ingest output (WORK/g-N.nq), e.g. to score sizes the shared scorer is too slow for.")
    boolean keepGraphs;

    @Option(names = "--replot", description = "Only draw the plot and write the tables (WORK/results.md) again from WORK/results.tsv.")
    boolean replot;

    @Option(names = "--jmh", description = "Also run the JMH hot-path benchmarks.")
    boolean jmh;

    @Option(names = "--dense", split = ",", paramLabel = "BYTES", description = "Instead of the scale run: one file of each size, dense with citations and with \"Căn cứ\" lines, each ingested on its own (e.g. 100000,1000000,10000000).")
    List<Long> dense;

    @Option(names = "--dense-timeout", defaultValue = "900", paramLabel = "S", description = "Stop a --dense ingest after this many seconds (default ${DEFAULT-VALUE}).")
    long denseTimeout;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Instead of the scale run: extraction speed on a folder of real texts (e.g. ../shared/corpus/crawl), one thread, stage by stage.")
    Path corpus;

    @Option(names = "--passes", defaultValue = "3", paramLabel = "N", description = "Measured passes of --corpus, after two warm-up passes (default ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--quick", description = "JMH with one short iteration (a smoke run).")
    boolean quick;

    @Option(names = "--load-test", description = "Only the endpoint load test: a store of --load-docs generated documents (0: the samples), served as `serve` serves it, --clients clients on the chain query and one abusive client.")
    boolean loadTest;

    @Option(names = "--load-docs", defaultValue = "3000", paramLabel = "N", description = "Documents in the load test's corpus (default ${DEFAULT-VALUE}; 0 for the samples).")
    int loadDocs;

    @Option(names = "--clients", defaultValue = "64", paramLabel = "N", description = "Load test clients (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--load-seconds", defaultValue = "60", paramLabel = "S", description = "Load test duration (default ${DEFAULT-VALUE}).")
    double loadSeconds;

    @Override public Integer call() throws Exception {
        Files.createDirectories(work);
        if (loadTest) {
            org.vndirective.lineage.bench.ServeLoadTest.loadTest(System.out, work, loadDocs, seed, clients, loadSeconds);
            return 0;
        }
        if (replot) {
            System.out.println("plot: " + ScaleBench.replot(work) + "; tables: " + work.resolve("results.md"));
            return 0;
        }
        if (corpus != null) {
            new org.vndirective.lineage.bench.CorpusSpeed(System.out).run(corpus, 2, passes);
            return 0;
        }
        if (dense != null) {
            new DenseBench(System.out).run(dense, work, denseTimeout);
            System.out.println("table: " + work.resolve("dense.md"));
            return 0;
        }
        new ScaleBench(System.out).run(new ScaleBench.Options(sizes, seed, work, scoreUpTo, clientSeconds, !noQueries, keepGraphs));
        if (jmh) {
            OptionsBuilder o = new OptionsBuilder();
            o.include(HotPathBenchmark.class.getSimpleName());
            if (quick) o.warmupIterations(1).measurementIterations(1).warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1)).forks(0);
            new Runner(o.build()).run();
            System.out.println("(JMH ops/s × " + HotPathBenchmark.SAMPLE_BYTES + " bytes = bytes/s)");
        }
        return 0;
    }
}
