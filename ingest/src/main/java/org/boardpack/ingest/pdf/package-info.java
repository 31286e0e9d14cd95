/**
 * The PDF layout model with PDFBox: words, fonts, lines, rulings, shaded areas, bookmarks, fake-bold overprint.
 */
package org.boardpack.ingest.pdf;
