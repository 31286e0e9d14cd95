package org.boardpack.corpus.longreport;

/**
 * A paper of a pack in the order the PDFBox renderer printed it: one of the plan's own papers, or
 * a long report as it was composed. Where the long reports go among the papers depends on the
 * PDFBox layout (their page budget), so other producers follow this record rather than redo it.
 *
 * @param <R> the plan's paper type
 */
public sealed interface PrintedPaper<R> {

    /** One of the plan's papers. */
    record Planned<R>(R report) implements PrintedPaper<R> {
    }

    /** A long report. */
    record Composed<R>(ReportContent content) implements PrintedPaper<R> {
    }
}
