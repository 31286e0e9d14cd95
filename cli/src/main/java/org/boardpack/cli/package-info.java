/**
 * The boardpack command line: thin picocli adapters over ingest, extract, the index and the evaluator.
 */
package org.boardpack.cli;
