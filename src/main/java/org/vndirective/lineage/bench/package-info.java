/** The synthetic corpus generator and the benchmarks (JMH for the hot path, the scale run for BENCHMARKS.md). */
package org.vndirective.lineage.bench;
