/**
 * Scanned pages read by Tesseract through Tika, its words and boxes made into the page model.
 */
package org.boardpack.ingest.ocr;
