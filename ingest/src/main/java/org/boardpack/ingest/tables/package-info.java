/**
 * Table detection: lattice (ruled) and stream (whitespace) detectors, and tables joined across pages.
 */
package org.boardpack.ingest.tables;
