package org.boardpack.corpus.pdf;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The standard-14 fonts a pack uses. Created per document rather than held statically because
 * PDFBox font objects carry caches (mutable state) that must not leak between renderings.
 */
public record Fonts(PDType1Font regular, PDType1Font bold, PDType1Font times) {

    public static Fonts standard() {
        return new Fonts(new PDType1Font(FontName.HELVETICA), new PDType1Font(FontName.HELVETICA_BOLD),
                new PDType1Font(FontName.TIMES_ROMAN));
    }

    public Style regular(float size) {
        return new Style(regular, size);
    }

    public Style bold(float size) {
        return new Style(bold, size);
    }

    public Style times(float size) {
        return new Style(times, size);
    }
}
