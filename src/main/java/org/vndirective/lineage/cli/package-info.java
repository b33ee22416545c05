/** The command line: parses arguments and calls the other stages; no logic of its own. */
package org.vndirective.lineage.cli;
