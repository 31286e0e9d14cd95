package org.boardpack.corpus;

import java.util.List;
import org.boardpack.corpus.longreport.PrintedPaper;

/**
 * A PDFBox rendering with the papers it printed after the fixed front (agenda, minutes, action
 * log), in print order: what the LibreOffice and Chromium writers need to print the same pack.
 *
 * @param <R> the plan's paper type
 */
public record DrawnPack<R>(RenderedPack pack, List<PrintedPaper<R>> papers) {

    public DrawnPack {
        papers = List.copyOf(papers);
    }
}
