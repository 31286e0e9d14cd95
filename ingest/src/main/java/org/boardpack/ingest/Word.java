package org.boardpack.ingest;

/**
 * One word as printed: its text and its box in PDF points, origin top-left of the page as the
 * reader sees it (after /Rotate), so {@code top < bottom}; its font, size and style.
 */
public record Word(String text, float x0, float top, float x1, float bottom,
                   String font, float fontSize, boolean bold, boolean italic) {

    /** An upright word: for sources that know no italics, and callers written before them. */
    public Word(String text, float x0, float top, float x1, float bottom, String font, float fontSize, boolean bold) {
        this(text, x0, top, x1, bottom, font, fontSize, bold, false);
    }

    public float width() {
        return x1 - x0;
    }

    public float height() {
        return bottom - top;
    }
}
