/**
 * Text to facts about one file: the document's own header, every mention of another document, and the typed
 * links stated between them, each with its span and sentence. Patterns and cue phrases come from data files.
 * A mention is one of a sealed family ({@link org.vndirective.lineage.extract.Mention}), each kind found by its own
 * finder; which document a short form or an alias stands for is left to {@code resolve}.
 */
package org.vndirective.lineage.extract;
