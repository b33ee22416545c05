/** Resolved documents and links to quads: IRIs, one named graph per file, evidence nodes, SHACL validation. */
package org.vndirective.lineage.rdf;
