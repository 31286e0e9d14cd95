/**
 * Packs written as HTML and flat ODF for rendering by Chromium and LibreOffice, so the corpus has other producers' PDFs.
 */
package org.boardpack.corpus.html;
