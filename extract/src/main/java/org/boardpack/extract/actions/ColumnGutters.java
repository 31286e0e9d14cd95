package org.boardpack.extract.actions;

import java.util.List;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * Where the columns of a table without rulings begin: between each heading and the one before
 * it, the vertical strip that the fewest words of the body cross (none, in a clean layout). Of
 * equally empty strips the one nearest the heading's left edge is taken, but not right of it:
 * text set flush left under its heading starts there, and text under a centred heading starts
 * further left, at the end of the gutter.
 */
final class ColumnGutters {

    private ColumnGutters() {
    }

    /**
     * @param headings the {x0, x1} of each heading, left to right
     * @param words    the words of the table's body
     * @return the left edge of each column; the first is unbounded
     */
    static float[] lefts(List<float[]> headings, List<Word> words, float scan) {
        float[] out = new float[headings.size()];
        out[0] = Float.NEGATIVE_INFINITY;
        for (int k = 1; k < headings.size(); k++) {
            float from = headings.get(k - 1)[1];
            float heading = headings.get(k)[0];
            float to = headings.get(k)[1];
            int fewest = Integer.MAX_VALUE;
            float best = heading;
            for (float x = from; x <= to; x += scan) {
                int crossing = crossing(words, x);
                boolean better = crossing < fewest || crossing == fewest && x <= heading + scan;
                if (better) {
                    fewest = crossing;
                    best = x;
                }
            }
            out[k] = best;
        }
        return out;
    }

    private static int crossing(List<Word> words, float x) {
        int n = 0;
        for (Word w : words) {
            if (w.x0() < x && w.x1() > x) {
                n++;
            }
        }
        return n;
    }

    /** Whether a word of the line stands across the left edge of a column. */
    static boolean crosses(TextLine line, float[] lefts) {
        for (Word w : line.words()) {
            for (int k = 1; k < lefts.length; k++) {
                if (w.x0() < lefts[k] && w.x1() > lefts[k]) {
                    return true;
                }
            }
        }
        return false;
    }
}
