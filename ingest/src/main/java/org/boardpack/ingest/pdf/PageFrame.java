package org.boardpack.ingest.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The page in the frame its text reads in: maps device space (PDF user space after the CTM, origin
 * at the bottom-left of the media) to coordinates with the origin top-left of the crop box, turned
 * by {@code rotation} — the direction of the page's text, which for pages laid out to be read is
 * the page's /Rotate. This is the frame of PDFBox's direction-adjusted text positions.
 */
record PageFrame(float llx, float lly, float urx, float ury, int rotation) {

    static PageFrame of(PDRectangle cropBox, int rotation) {
        return new PageFrame(cropBox.getLowerLeftX(), cropBox.getLowerLeftY(), cropBox.getUpperRightX(),
                cropBox.getUpperRightY(), rotation);
    }

    float displayWidth() {
        return rotation == 90 || rotation == 270 ? ury - lly : urx - llx;
    }

    float displayHeight() {
        return rotation == 90 || rotation == 270 ? urx - llx : ury - lly;
    }

    float[] toDisplay(float x, float y) {
        return switch (rotation) {
            case 90 -> new float[] {y - lly, x - llx};
            case 180 -> new float[] {urx - x, y - lly};
            case 270 -> new float[] {ury - y, urx - x};
            default -> new float[] {x - llx, ury - y};
        };
    }

    /** Whether a segment touches the visible page at all: off-page drawing is not layout. */
    boolean onPage(float[] a, float[] b) {
        float w = displayWidth();
        float h = displayHeight();
        return Math.max(a[0], b[0]) >= 0 && Math.min(a[0], b[0]) <= w && Math.max(a[1], b[1]) >= 0
                && Math.min(a[1], b[1]) <= h;
    }
}
