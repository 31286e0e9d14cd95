package org.boardpack.devtools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The pages in a set of PDFs, from their page trees: the one page count both sides of the ingest
 * benchmark are divided by, so that neither is credited for pages the other did not count (ingest
 * reports the pages it indexed, not the scanned or garbled ones it read and refused).
 */
final class PageCount {

    private PageCount() {
    }

    /** Every page of the files PDFBox can open; a file it cannot open counts none. */
    static long of(List<Path> files) {
        long pages = 0;
        for (Path f : files) {
            try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                pages += doc.getNumberOfPages();
            } catch (IOException e) {
                // not a PDF (or a broken one): PDFBox's stage cannot read it either
            }
        }
        return pages;
    }
}
