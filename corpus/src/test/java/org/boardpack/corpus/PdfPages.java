package org.boardpack.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Page texts as PDFTextStripper reads them, and a whitespace-blind form for "appears on the page". */
final class PdfPages {

    private PdfPages() {
    }

    static List<String> texts(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
        }
        return pages;
    }

    /** Drops all whitespace, so wrapped lines and column gaps do not matter. */
    static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    /**
     * As {@link #squash} after joining words the generator hyphenated at a line end ({@code vacci-}
     * then {@code nation} on the next line): it only breaks lower-case words, so a hyphen between
     * lower-case letters across a line break is always its own.
     */
    static String dehyphenated(String page) {
        return squash(page.replaceAll("(?<=\\p{Ll})-\\s*\\R\\s*(?=\\p{Ll})", ""));
    }
}
