package org.boardpack.ingest;

/**
 * One word as printed: its text and its box in PDF points, origin top-left of the page as the
 * reader sees it (after /Rotate), so {@code top < bottom}.
 */
public record Word(String text, float x0, float top, float x1, float bottom,
                   String font, float fontSize, boolean bold) {

    public float width() {
        return x1 - x0;
    }

    public float height() {
        return bottom - top;
    }
}
