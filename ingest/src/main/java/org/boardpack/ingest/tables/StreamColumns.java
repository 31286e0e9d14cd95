package org.boardpack.ingest.tables;

import java.util.List;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * The columns of a stream table: the whitespace rivers between them, left to right. Column
 * {@code i} lies between river {@code i-1} and river {@code i}; the boundary is the river's middle.
 *
 * @param rivers {@code [start, end]} of each vertical gap that separates two columns, left to right
 */
record StreamColumns(float x0, float x1, List<float[]> rivers) {

    /** How far, in ems, a word may reach past a boundary and still count as inside its column. */
    static final float GRAZE_EMS = 0.3f;

    StreamColumns {
        rivers = rivers.stream().map(float[]::clone).toList();
    }

    int count() {
        return rivers.size() + 1;
    }

    float boundary(int river) {
        float[] r = rivers.get(river);
        return (r[0] + r[1]) / 2;
    }

    /** Left edge of column {@code c} as a partition of the page's width. */
    float left(int c) {
        return c == 0 ? Float.NEGATIVE_INFINITY : boundary(c - 1);
    }

    float right(int c) {
        return c == count() - 1 ? Float.POSITIVE_INFINITY : boundary(c);
    }

    /** The column a word belongs to: the one its box overlaps most (so a straddling word goes where most of it is). */
    int columnOf(Word w) {
        int best = 0;
        float bestOverlap = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < count(); c++) {
            float overlap = Math.min(w.x1(), right(c)) - Math.max(w.x0(), left(c));
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = c;
            }
        }
        return best;
    }

    /**
     * Whether a run of words (no wide gap inside it) reaches well over river {@code i}'s middle on
     * both sides. A river narrower than the wide gap that parts runs ({@link TightColumns}: cells
     * set a word space or two apart; a browser's small cell padding, under an em) can lie in a gap
     * between words of one run, so the run crosses it only where one of its words does.
     */
    boolean runsAcross(TextLine run, int i) {
        float b = boundary(i);
        float margin = GRAZE_EMS * run.fontSize();
        if (!(run.x0() < b - margin && run.x1() > b + margin)) {
            return false;
        }
        float[] r = rivers.get(i);
        boolean tight = r[1] - r[0] < StreamRegionFinder.SEGMENT_GAP_EMS * run.fontSize();
        return !tight || run.words().stream().anyMatch(w -> w.x0() < b && w.x1() > b);
    }

    /**
     * Whether the word sits across a column boundary rather than in one column: it reaches well
     * over the boundary on both sides. A word that only grazes the boundary (a long cell ending a
     * point past a river's middle) is not across it.
     */
    boolean straddles(Word w) {
        float margin = GRAZE_EMS * w.fontSize();
        for (int i = 0; i < rivers.size(); i++) {
            float b = boundary(i);
            if (w.x0() < b - margin && w.x1() > b + margin) {
                return true;
            }
        }
        return false;
    }
}
