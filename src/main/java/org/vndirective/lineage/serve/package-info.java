/**
 * Embedded Fuseki: the SPARQL endpoint behind its guard (size, nesting, no outbound requests, queries in turn),
 * dereferenceable IRIs, the explorer's static files.
 */
package org.vndirective.lineage.serve;
