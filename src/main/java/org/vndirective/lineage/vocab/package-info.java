/** One constants class per namespace the graph uses. */
package org.vndirective.lineage.vocab;
