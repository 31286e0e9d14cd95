package org.boardpack.corpus.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The fonts a pack uses, scaled by the pack's size factor so every renderer's nominal sizes grow
 * or shrink together. Created per document rather than held statically because PDFBox font
 * objects carry caches (mutable state), and an embedded font belongs to one document.
 */
public record Fonts(Face regular, Face bold, Face times, float scale) {

    /** PDFBox ships this font in its jar, so the embedded variant needs no font of our own. */
    static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    public static Fonts standard() {
        return load(null, FontFamily.HELVETICA, 1f);
    }

    /**
     * The family's fonts for {@code doc}. The embedded family has no bold face in PDFBox's jar, so
     * its headings use Helvetica-Bold, as packs assembled from several sources often mix faces.
     */
    public static Fonts load(PDDocument doc, FontFamily family, float scale) {
        PDFont regular = switch (family) {
            case HELVETICA -> new PDType1Font(FontName.HELVETICA);
            case TIMES -> new PDType1Font(FontName.TIMES_ROMAN);
            case LIBERATION_SANS -> embedded(doc);
        };
        PDFont bold = new PDType1Font(family == FontFamily.TIMES ? FontName.TIMES_BOLD : FontName.HELVETICA_BOLD);
        return new Fonts(new Face(regular), new Face(bold), new Face(new PDType1Font(FontName.TIMES_ROMAN)), scale);
    }

    private static PDFont embedded(PDDocument doc) {
        try (InputStream in = Fonts.class.getResourceAsStream(LIBERATION)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox no longer ships " + LIBERATION);
            }
            // glyph substitution (ligatures) made showText twenty times slower, and board papers
            // rarely use ligatures; turning it off keeps the generator above 50 pages/s
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            return PDType0Font.load(doc, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Style regular(float size) {
        return new Style(regular, size * scale);
    }

    public Style bold(float size) {
        return new Style(bold, size * scale);
    }

    public Style times(float size) {
        return new Style(times, size * scale);
    }
}
