package org.boardpack.ingest.pdf;

/** The glyphs a page draws, and how many of them have no Unicode mapping in their font. */
record GlyphCount(int glyphs, int unmapped) {

    static final GlyphCount NONE = new GlyphCount(0, 0);

    /** The share of glyphs without a mapping; 0 on a page without glyphs. */
    double unmappedShare() {
        return glyphs == 0 ? 0 : (double) unmapped / glyphs;
    }
}
