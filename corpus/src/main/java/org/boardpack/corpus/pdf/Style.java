package org.boardpack.corpus.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font at a size; the leading is derived so every renderer spaces lines the same way. */
public record Style(PDFont font, float size) {

    public float leading() {
        return size * 1.22f;
    }
}
