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

    // a hash table from cell to the chain of glyphs drawn in it, in plain arrays: millions of
    // glyphs pass through here, and boxed keys or per-cell objects showed up in profiles
    private long[] cellKeys = new long[1024];
    private int[] cellHeads = new int[1024];
    private boolean[] cellUsed = new boolean[1024];
    private int cells;

    private String[] texts = new String[1024];
    private float[] xs = new float[1024];
    private float[] ys = new float[1024];
    private int[] next = new int[1024];
    private int glyphs;

    /** Call before each page: PDFBox compares glyphs within a page only. */
    void reset() {
        java.util.Arrays.fill(cellUsed, false);
        java.util.Arrays.fill(texts, 0, glyphs, null);
        cells = 0;
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
            double span = (Math.floor(x1 / CELL) - Math.floor(x0 / CELL) + 1)
                    * (Math.floor(y1 / CELL) - Math.floor(y0 / CELL) + 1);
            if (span > cells) {
                // a huge tolerance (an empty or zero-width text): fewer cells hold glyphs than it spans
                for (int g = 0; g < glyphs; g++) {
                    if (matches(g, text, x0, x1, y0, y1)) {
                        return true;
                    }
                }
            } else {
                // long counters: a cell index saturated at Integer.MAX_VALUE must not wrap around
                for (long cx = cell(x0); cx <= cell(x1); cx++) {
                    for (long cy = cell(y0); cy <= cell(y1); cy++) {
                        for (int g = head(key((int) cx, (int) cy)); g >= 0; g = next[g]) {
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
        long key = key(cell(x), cell(y));
        int slot = slot(key);
        if (cellUsed[slot]) {
            next[g] = cellHeads[slot];
        } else {
            next[g] = -1;
            cellUsed[slot] = true;
            cellKeys[slot] = key;
            cells++;
        }
        cellHeads[slot] = g;
        if (cells * 2 > cellKeys.length) {
            grow();
        }
    }

    /** The last glyph drawn in the cell (its chain runs through {@code next}), or -1. */
    private int head(long key) {
        int slot = slot(key);
        return cellUsed[slot] ? cellHeads[slot] : -1;
    }

    /** The cell's slot, or the empty slot where it would go (linear probing; the table is at most half full). */
    private int slot(long key) {
        int mask = cellKeys.length - 1;
        int i = (int) mix(key) & mask;
        while (cellUsed[i] && cellKeys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = cellKeys;
        int[] oldHeads = cellHeads;
        boolean[] oldUsed = cellUsed;
        cellKeys = new long[oldKeys.length * 2];
        cellHeads = new int[oldKeys.length * 2];
        cellUsed = new boolean[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = slot(oldKeys[i]);
                cellUsed[slot] = true;
                cellKeys[slot] = oldKeys[i];
                cellHeads[slot] = oldHeads[i];
            }
        }
    }

    private static long mix(long key) {
        // the finaliser of SplitMix64: neighbouring cells land far apart
        long z = key * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int cell(float v) {
        // the cast saturates for coordinates far off the page, and gives 0 for NaN
        return (int) Math.floor(v / CELL);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xffffffffL);
    }
}
