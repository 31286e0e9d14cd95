package org.boardpack.corpus.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font at a size; the leading is derived so every renderer spaces lines the same way. */
public record Style(Face face, float size) {

    public PDFont font() {
        return face.font();
    }

    public float leading() {
        return size * 1.22f;
    }

    /** Width of {@code text} in points. */
    public float width(String text) {
        return face.width(text) / 1000f * size;
    }
}
