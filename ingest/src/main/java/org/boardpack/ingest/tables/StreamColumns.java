package org.boardpack.ingest.tables;

import java.util.List;
import org.boardpack.ingest.Word;

/**
 * The columns of a stream table: the whitespace rivers between them, left to right. Column
 * {@code i} lies between river {@code i-1} and river {@code i}; the boundary is the river's middle.
 *
 * @param rivers {@code [start, end]} of each vertical gap that separates two columns, left to right
 */
record StreamColumns(float x0, float x1, List<float[]> rivers) {

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

    /** Whether the word covers a column boundary: it sits across two columns rather than in one. */
    boolean straddles(Word w) {
        for (int i = 0; i < rivers.size(); i++) {
            float b = boundary(i);
            if (w.x0() < b && w.x1() > b) {
                return true;
            }
        }
        return false;
    }
}
