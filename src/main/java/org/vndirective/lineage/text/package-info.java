/**
 * Bytes to text: decoding (UTF-8, Windows-1258 when detected), normalisation (NFC, one tone placement, U+01A3,
 * notations broken across lines, footnote digits, page numbers, signature trailers) and the offset map that takes
 * every position in the normalised and folded text back to the original.
 */
package org.vndirective.lineage.text;
