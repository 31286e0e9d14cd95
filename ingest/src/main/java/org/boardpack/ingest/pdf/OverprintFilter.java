package org.boardpack.ingest.pdf;

import java.util.HashMap;
import java.util.Map;

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
    private static final float CELL = 4f;

    private final Map<String, Map<Long, Points>> drawn = new HashMap<>();

    /** Call before each page: PDFBox compares glyphs within a page only. */
    void reset() {
        drawn.clear();
    }

    /**
     * Whether a glyph with this text was already drawn at about this place; if not, it is
     * remembered. A tolerance that is zero or not a number matches nothing, as in PDFBox.
     */
    boolean overprints(String text, float x, float y, float tolerance) {
        Map<Long, Points> cells = drawn.computeIfAbsent(text, t -> new HashMap<>());
        if (tolerance > 0 && !cells.isEmpty()) {
            float x0 = x - tolerance;
            float x1 = x + tolerance;
            float y0 = y - tolerance;
            float y1 = y + tolerance;
            double columns = Math.floor(x1 / CELL) - Math.floor(x0 / CELL) + 1;
            double rows = Math.floor(y1 / CELL) - Math.floor(y0 / CELL) + 1;
            if (columns * rows > cells.size()) {
                // a huge tolerance (an empty or zero-width text): fewer cells hold glyphs than it spans
                for (Points p : cells.values()) {
                    if (p.any(x0, x1, y0, y1)) {
                        return true;
                    }
                }
            } else {
                // long counters: a cell index saturated at Integer.MAX_VALUE must not wrap around
                for (long cx = cell(x0); cx <= cell(x1); cx++) {
                    for (long cy = cell(y0); cy <= cell(y1); cy++) {
                        Points p = cells.get(key((int) cx, (int) cy));
                        if (p != null && p.any(x0, x1, y0, y1)) {
                            return true;
                        }
                    }
                }
            }
        }
        cells.computeIfAbsent(key(cell(x), cell(y)), c -> new Points()).add(x, y);
        return false;
    }

    private static int cell(float v) {
        // the cast saturates for coordinates far off the page, and gives 0 for NaN
        return (int) Math.floor(v / CELL);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xffffffffL);
    }

    /** Glyph origins in one cell, as parallel growable arrays. */
    private static final class Points {
        private float[] xs = new float[2];
        private float[] ys = new float[2];
        private int size;

        void add(float x, float y) {
            if (size == xs.length) {
                xs = java.util.Arrays.copyOf(xs, size * 2);
                ys = java.util.Arrays.copyOf(ys, size * 2);
            }
            xs[size] = x;
            ys[size] = y;
            size++;
        }

        boolean any(float x0, float x1, float y0, float y1) {
            for (int i = 0; i < size; i++) {
                if (xs[i] >= x0 && xs[i] < x1 && ys[i] >= y0 && ys[i] < y1) {
                    return true;
                }
            }
            return false;
        }
    }
}
