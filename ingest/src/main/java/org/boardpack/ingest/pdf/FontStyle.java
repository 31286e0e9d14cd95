package org.boardpack.ingest.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * A font's name and whether it is bold or italic, read once per font object ({@link WordCollector}
 * asks for every word): bold by name (Bold, Black) or by the descriptor's weight or force-bold flag,
 * italic by name (Italic, Oblique), flag or a slanted design.
 */
record FontStyle(String name, boolean bold, boolean italic) {

    static final FontStyle NONE = new FontStyle(null, false, false);

    static FontStyle of(PDFont font) {
        return new FontStyle(font.getName(), isBold(font), isItalic(font));
    }

    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName();
        if (name != null && (name.toLowerCase(java.util.Locale.ROOT).contains("bold")
                || name.toLowerCase(java.util.Locale.ROOT).contains("black"))) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }

    /** Italic by name (Italic, Oblique), by the descriptor's italic flag, or by a slanted design. */
    private static boolean isItalic(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName();
        if (name != null) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("italic") || lower.contains("oblique")) {
                return true;
            }
        }
        PDFontDescriptor d = font.getFontDescriptor();
        // italic angles of real italics are 8 to 20 degrees; a fraction of one is rounding in an
        // upright font's descriptor
        return d != null && (d.isItalic() || Math.abs(d.getItalicAngle()) >= 1f);
    }
}
