/**
 * Drawing the generator's papers as PDF with PDFBox: text, tables, rules, bookmarks.
 */
package org.boardpack.corpus.pdf;
