package org.boardpack.extract.actions;

import java.util.List;
import java.util.Optional;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.Ruling;
import org.boardpack.ingest.TextLine;

/**
 * The vertical rules that bound a ruled minutes grid's columns, as they cross a header or body
 * line: the rule that opens a column left of its heading, the one that closes it, and whether a
 * rule stands at a column's edge on a given line.
 */
final class ColumnRulings {

    private ColumnRulings() {
    }

    /**
     * The ruling that opens a heading's column: the nearest left of it, after the heading before
     * it. A heading centred in a wide ruled column ({@code Item | Discussion | Action} drawn as an
     * HTML table) stands far right of its column's rule, so no fixed reach would find it.
     */
    static Optional<Float> leftOf(Page page, TextLine line, float headingX0, float notBefore) {
        Float best = null;
        for (Ruling r : verticalsAcross(page, line)) {
            if (r.x0() <= headingX0 + 1 && r.x0() >= notBefore
                    && (best == null || r.x0() > best)) {
                best = r.x0();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The ruling that closes a heading's column: the nearest right of it. */
    static Optional<Float> rightOf(Page page, TextLine line, float headingX1) {
        Float best = null;
        for (Ruling r : verticalsAcross(page, line)) {
            if (r.x0() >= headingX1 - 1 && (best == null || r.x0() < best)) {
                best = r.x0();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a vertical rule crosses the line at {@code x}: the edge of a ruled column. */
    static boolean at(Page page, TextLine line, float x, float pad) {
        return verticalsAcross(page, line).stream().anyMatch(r -> Math.abs(r.x0() - x) <= pad);
    }

    /** The vertical rules that cross the line at its middle height. */
    private static List<Ruling> verticalsAcross(Page page, TextLine line) {
        float mid = (line.top() + line.bottom()) / 2;
        return page.rulings().stream().filter(Ruling::vertical).filter(r -> r.top() <= mid && r.bottom() >= mid)
                .toList();
    }
}
