package org.boardpack.corpus.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of each page of a PDF reduced to a search key: compatibility-normalised (ligatures such
 * as {@code ﬁ} become {@code fi}), with every whitespace character and hyphen removed. Producers
 * that place glyphs one by one make PDFBox insert or drop spaces inside and between words, and
 * word processors hyphenate at line ends; keys compare equal across all of that.
 */
public record PdfPageTexts(List<String> keys) {

    public PdfPageTexts {
        keys = List.copyOf(keys);
    }

    public static PdfPageTexts read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> keys = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                keys.add(key(stripper.getText(doc)));
            }
            return new PdfPageTexts(keys);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PDF: " + e.getMessage(), e);
        }
    }

    /** The search key of any text, page or anchor. */
    public static String key(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-' && c != '\u00ad'
                    && c != '\u2010' && c != '\u2011') {
                out.append(c);
            }
        }
        return out.toString();
    }

    public int pageCount() {
        return keys.size();
    }

    /** Whether {@code text} occurs on page {@code page} (1-based). */
    public boolean onPage(String text, int page) {
        return keys.get(page - 1).contains(key(text));
    }
}
