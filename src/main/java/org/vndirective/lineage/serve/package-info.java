/** Embedded Fuseki: the SPARQL endpoint, dereferenceable IRIs, the explorer's static files. */
package org.vndirective.lineage.serve;
