/**
 * Mentions to documents: one node per real document across sentences and files (issuing body + type + number +
 * year or term), with known central documents and bodies from data files; what cannot be resolved is flagged.
 */
package org.vndirective.lineage.resolve;
