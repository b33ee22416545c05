/**
 * Text to facts about one file: the document's own header, every mention of another document, and the typed
 * links stated between them, each with its span and sentence. Patterns and cue phrases come from data files.
 */
package org.vndirective.lineage.extract;
