package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * Rivers too narrow to read as column gaps by width alone: a borderless table set by a word
 * processor with small cell padding ("71.4% 70.2% 72.8%" under "Oct Nov Dec", a "2.8%" figure
 * then a "Commentary" cell three points on) leaves a gap between columns hardly wider than a word
 * space. Such a gap is a river when both its sides are flush in the rows that reach it: the cells
 * before it end at one x (right-aligned figures, or same-width dates and codes) and the cells after
 * it start at one x, with different text in the rows (a repeated word such as "£" or "Cllr" before
 * a gap is a prefix, not a column). Prose never keeps a clear gap with flush edges on both sides.
 */
final class TightColumns {

    /** Narrowest gap, in ems, that may be a tight river (a word space is about a quarter em). */
    static final float MIN_EMS = 0.25f;
    /** How far, in ems, the edges of flush cells may wander. */
    static final float FLUSH_EMS = 0.15f;
    /** Rows that must reach the gap flush on both sides. */
    static final int MIN_ROWS = 3;
    /** Share of the rows with words on both sides of the gap that must be flush on both. */
    static final float FLUSH_SHARE = 0.6f;

    private TightColumns() {
    }

    /** The strictly clear gaps narrower than {@code minGap}, apart from {@code wide}, whose sides are flush. */
    static List<float[]> rivers(List<TextLine> lines, List<float[]> clear, List<float[]> wide, float minGap) {
        List<float[]> out = new ArrayList<>();
        for (float[] gap : clear) {
            boolean narrow = gap[1] - gap[0] < minGap;
            boolean apart = wide.stream().noneMatch(r -> r[0] < gap[1] && r[1] > gap[0]);
            if (narrow && apart && flushBothSides(lines, gap)) {
                out.add(gap);
            }
        }
        return out;
    }

    private static boolean flushBothSides(List<TextLine> lines, float[] gap) {
        int both = 0;
        int flush = 0;
        Set<String> before = new HashSet<>();
        Set<String> after = new HashSet<>();
        for (TextLine line : lines) {
            Word left = null;
            Word right = null;
            for (Word w : line.words()) {
                if (w.x1() <= gap[0] && (left == null || w.x1() > left.x1())) {
                    left = w;
                }
                if (w.x0() >= gap[1] && (right == null || w.x0() < right.x0())) {
                    right = w;
                }
            }
            if (left == null || right == null) {
                continue;
            }
            both++;
            float tolerance = FLUSH_EMS * Math.max(left.fontSize(), right.fontSize());
            // the cell before ends at the gap and the cell after starts at it
            if (flushBefore(lines, left, gap, tolerance) && right.x0() - gap[1] <= tolerance) {
                flush++;
                before.add(left.text());
                after.add(right.text());
            }
        }
        return flush >= MIN_ROWS && flush >= FLUSH_SHARE * both && before.size() >= 2 && after.size() >= 2;
    }

    /**
     * Whether the cell before the gap is flush: it ends at the gap (a right-aligned figure) or it
     * is a one-word cell starting where the nearest such word of another row starts (left-aligned
     * figures of one width class: "71.4%" over "42").
     */
    private static boolean flushBefore(List<TextLine> lines, Word left, float[] gap, float tolerance) {
        if (gap[0] - left.x1() <= tolerance) {
            return true;
        }
        int starts = 0;
        for (TextLine line : lines) {
            for (Word w : line.words()) {
                if (w.x1() <= gap[0] && Math.abs(w.x0() - left.x0()) <= tolerance) {
                    starts++;
                }
            }
        }
        return starts >= MIN_ROWS;
    }
}
