/**
 * Published documents to text: PDF (its text layer, or Tesseract's OCR of pages without one), Word (.docx, .doc),
 * HTML and Markdown become a {@link org.vndirective.lineage.text.SourceText} with the page each offset is on, through
 * Apache Tika, then go through the same normalisation and extraction as .txt files. Bad documents (encrypted,
 * corrupt, zip bombs, too long, scans without Tesseract) are skipped or cut short with a reason.
 */
package org.vndirective.lineage.read;
