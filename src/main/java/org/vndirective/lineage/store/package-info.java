/** The TDB2 store: transactional, per-file incremental loads, the lineage closure, the text index. */
package org.vndirective.lineage.store;
