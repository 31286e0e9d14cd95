package org.boardpack.ingest.pdf;

import java.util.Arrays;

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
    private static final int MIN_SLOTS = 1 << 12;
    private static final int STRIDE = 4;
    private static final int HEAD = 3;

    // The grid is sparse: each (cell, text) pair in use holds the chain of glyphs of that text drawn
    // in that cell, found through an open-addressing table of plain int arrays. A dense grid capped
    // in size piled every glyph of a very tall page into its edge cells (time growing with the
    // square of the page's glyphs); hashing also keys on the text, so a cell crowded with small
    // print is searched only among glyphs that could match. Millions of glyphs pass through here,
    // and hashed or boxed cells in collections showed up in profiles.
    // Each slot is four ints side by side (cell column, cell row, text hash, first glyph or -1),
    // so that a probe reads one cache line.
    private int[] slots;
    private int slotCount;
    private int slotsUsed;

    private String[] texts = new String[1024];
    private float[] xs = new float[1024];
    private float[] ys = new float[1024];
    private int[] next = new int[1024];
    private int glyphs;

    OverprintFilter() {
        allocate(MIN_SLOTS);
    }

    /** Call before each page: PDFBox compares glyphs within a page only. */
    void reset() {
        if (slotCount > MIN_SLOTS && slotsUsed * 8 < slotCount) {
            // after one crowded page, ordinary pages should not each clear its large table
            allocate(Math.max(MIN_SLOTS, Integer.highestOneBit(Math.max(1, slotsUsed)) * 4));
        } else {
            for (int s = HEAD; s < slots.length; s += STRIDE) {
                slots[s] = -1;
            }
        }
        slotsUsed = 0;
        Arrays.fill(texts, 0, glyphs, null);
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
            long cx0 = cell(x0);
            long cx1 = cell(x1);
            long cy0 = cell(y0);
            long cy1 = cell(y1);
            if ((double) (cx1 - cx0 + 1) * (cy1 - cy0 + 1) > glyphs) {
                // a huge tolerance (an empty or zero-width text): fewer glyphs than cells to look in
                for (int g = 0; g < glyphs; g++) {
                    if (matches(g, text, x0, x1, y0, y1)) {
                        return true;
                    }
                }
            } else {
                int hash = text.hashCode();
                for (long cy = cy0; cy <= cy1; cy++) {
                    for (long cx = cx0; cx <= cx1; cx++) {
                        int slot = find((int) cx, (int) cy, hash);
                        for (int g = slots[slot + HEAD]; g >= 0; g = next[g]) {
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
            texts = Arrays.copyOf(texts, n);
            xs = Arrays.copyOf(xs, n);
            ys = Arrays.copyOf(ys, n);
            next = Arrays.copyOf(next, n);
        }
        int g = glyphs++;
        texts[g] = text;
        xs[g] = x;
        ys[g] = y;
        int cx = cell(x);
        int cy = cell(y);
        int hash = text.hashCode();
        int slot = find(cx, cy, hash);
        if (slots[slot + HEAD] < 0) {
            slots[slot] = cx;
            slots[slot + 1] = cy;
            slots[slot + 2] = hash;
            if (++slotsUsed * 2 > slotCount) {
                next[g] = -1;
                slots[slot + HEAD] = g;
                grow();
                return;
            }
        }
        next[g] = slots[slot + HEAD];
        slots[slot + HEAD] = g;
    }

    /** The slot (its index in {@code slots}) holding this cell and text hash, or the empty one where it would go. */
    private int find(int cx, int cy, int hash) {
        int mask = slotCount - 1;
        int h = cx * 0x9E3779B1 ^ cy * 0x85EBCA6B ^ hash * 0xC2B2AE35;
        // the final mix of MurmurHash3: neighbouring cells and letters must not crowd together
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        int i = h & mask;
        while (true) {
            int slot = i * STRIDE;
            if (slots[slot + HEAD] < 0 || slots[slot] == cx && slots[slot + 1] == cy && slots[slot + 2] == hash) {
                return slot;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        int[] old = slots;
        allocate(slotCount * 2);
        for (int s = 0; s < old.length; s += STRIDE) {
            if (old[s + HEAD] >= 0) {
                int slot = find(old[s], old[s + 1], old[s + 2]);
                System.arraycopy(old, s, slots, slot, STRIDE);
            }
        }
    }

    private void allocate(int count) {
        slotCount = count;
        slots = new int[count * STRIDE];
        for (int s = HEAD; s < slots.length; s += STRIDE) {
            slots[s] = -1;
        }
    }

    /** The grid column or row of a coordinate; saturated far off the page, and 0 for not a number. */
    private static int cell(float v) {
        return (int) Math.floor(v / CELL);
    }
}
