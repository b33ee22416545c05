/**
 * The synthetic corpus generator ({@code generate}). The benchmarks (JMH for the hot path, the scale run for
 * BENCHMARKS.md) are in {@code src/bench/java}, built into {@code lineage-bench.jar} only ({@code -Pbench}).
 */
package org.vndirective.lineage.bench;
