package org.boardpack.ingest.pdf;

/**
 * The glyphs drawn so far on a page, to drop a glyph drawn again over itself: word processors fake
 * bold by printing each character twice, shifted a fraction of its width, and some producers draw
 * every text run twice. The rule is PDFBox's own duplicate-overlap rule (the same text with both
 * coordinates within a third of the glyph's width of an earlier one: {@code [v - tol, v + tol)}),
 * but the earlier glyphs are found through a grid of cells, not PDFBox's sorted maps, whose range
 * views cost a tenth of the whole ingest.
 */
final class OverprintFilter {

    /** Cell size in points: a glyph's tolerance spans one or two cells each way at body sizes. */
    private static final float CELL = 8f;
    /** Cells per side at most (8,192 points): glyphs beyond fall in the edge cells, still compared exactly. */
    private static final int MAX_SIDE = 1024;

    // a grid over the page, each cell holding the chain of glyphs drawn in it, in plain arrays:
    // millions of glyphs pass through here, and hashed or boxed cells showed up in profiles
    private int side = 1;
    private int[] heads = {-1};

    private String[] texts = new String[1024];
    private float[] xs = new float[1024];
    private float[] ys = new float[1024];
    private int[] next = new int[1024];
    private int glyphs;

    /**
     * Call before each page (PDFBox compares glyphs within a page only), with the page's larger
     * side in points: glyph positions run from 0 to it whichever way the page is turned.
     */
    void reset(float pageSide) {
        int wanted = pageSide > 0 ? (int) Math.min(MAX_SIDE, Math.ceil(pageSide / CELL) + 1) : 1;
        if (wanted * wanted > heads.length) {
            heads = new int[wanted * wanted];
        }
        side = wanted;
        java.util.Arrays.fill(heads, 0, side * side, -1);
        java.util.Arrays.fill(texts, 0, glyphs, null);
        glyphs = 0;
    }

    /**
     * Whether a glyph with this text was already drawn at about this place; if not, it is
     * remembered. A tolerance that is zero or not a number matches nothing, as in PDFBox.
     */
    boolean overprints(String text, float x, float y, float tolerance) {
        if (tolerance > 0 && glyphs > 0) {
            float x0 = x - tolerance;
            float x1 = x + tolerance;
            float y0 = y - tolerance;
            float y1 = y + tolerance;
            int cx0 = cell(x0);
            int cx1 = cell(x1);
            int cy0 = cell(y0);
            int cy1 = cell(y1);
            if ((long) (cx1 - cx0 + 1) * (cy1 - cy0 + 1) > glyphs) {
                // a huge tolerance (an empty or zero-width text): fewer glyphs than cells to look in
                for (int g = 0; g < glyphs; g++) {
                    if (matches(g, text, x0, x1, y0, y1)) {
                        return true;
                    }
                }
            } else {
                for (int cy = cy0; cy <= cy1; cy++) {
                    for (int cx = cx0; cx <= cx1; cx++) {
                        for (int g = heads[cy * side + cx]; g >= 0; g = next[g]) {
                            if (matches(g, text, x0, x1, y0, y1)) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        add(text, x, y);
        return false;
    }

    private boolean matches(int g, String text, float x0, float x1, float y0, float y1) {
        return xs[g] >= x0 && xs[g] < x1 && ys[g] >= y0 && ys[g] < y1 && texts[g].equals(text);
    }

    private void add(String text, float x, float y) {
        if (glyphs == texts.length) {
            int n = glyphs * 2;
            texts = java.util.Arrays.copyOf(texts, n);
            xs = java.util.Arrays.copyOf(xs, n);
            ys = java.util.Arrays.copyOf(ys, n);
            next = java.util.Arrays.copyOf(next, n);
        }
        int g = glyphs++;
        texts[g] = text;
        xs[g] = x;
        ys[g] = y;
        int c = cell(y) * side + cell(x);
        next[g] = heads[c];
        heads[c] = g;
    }

    /** The grid column or row of a coordinate; off the grid (or not a number) it is the nearest edge one. */
    private int cell(float v) {
        float c = (float) Math.floor(v / CELL);
        if (!(c > 0)) {
            return 0; // also NaN
        }
        return c >= side - 1 ? side - 1 : (int) c;
    }
}
