package org.boardpack.extract.layout;

import org.boardpack.ingest.Page;
import org.boardpack.ingest.Ruling;
import org.boardpack.ingest.TextLine;

/**
 * Whether a ruled table draws a row border between two lines: a horizontal rule between them at
 * least as wide as the lower line or 100 pt (a row border, not a short underline). Lines of one
 * ruled cell (a lead wrapping past sub-items' numbers, a log's cell wrapping) have none.
 */
public final class RowRules {

    /** Widest a rule needs to be to count as a row border whatever the line's width. */
    private static final float BORDER = 100f;
    /** How far outside the gap between the lines a border may be drawn. */
    private static final float SLACK = 0.5f;

    private RowRules() {
    }

    public static boolean ruledBetween(Page page, TextLine above, TextLine below) {
        float width = below.x1() - below.x0();
        for (Ruling r : page.rulings()) {
            if (r.horizontal() && r.top() >= above.bottom() - SLACK && r.top() <= below.top() + SLACK
                    && r.length() >= Math.min(width, BORDER)) {
                return true;
            }
        }
        return false;
    }
}
