package org.boardpack.corpus.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A font with a cache of its glyph widths. Wrapping measures every candidate line, and an embedded
 * TrueType font looks each width up through its cmap and glyph tables, which made packs in that
 * font twenty times slower to draw; caching per code point brings them back in line. One per font
 * per document, never shared.
 */
public final class Face {

    private final PDFont font;
    private final Map<Integer, Float> widths = new HashMap<>();

    public Face(PDFont font) {
        this.font = font;
    }

    public PDFont font() {
        return font;
    }

    /** Width in thousandths of the font size (PDFBox's glyph space), without kerning as PDFBox measures. */
    public float width(String text) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += widths.computeIfAbsent(cp, this::measure);
            i += Character.charCount(cp);
        }
        return w;
    }

    private float measure(int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
