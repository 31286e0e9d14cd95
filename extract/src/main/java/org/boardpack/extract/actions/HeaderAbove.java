package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.Ruling;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.ingest.tables.DetectedTable;

/**
 * The header row of a ruled table printed just above its frame rather than inside it
 * ({@code ITEM … BY WHOM BY WHEN} over a boxed summary of actions): the line right above the
 * table's top edge, its words put into the table's columns by the vertical rules that divide the
 * frame. A column with no heading word above it gets an empty heading.
 */
final class HeaderAbove {

    /** The line above may stand this many of its own heights clear of the frame. */
    private static final float REACH = 2.5f;
    /** Rules this close (points) are one rule drawn twice. */
    private static final float SAME_RULE = 2f;

    private HeaderAbove() {
    }

    /** The header cells above the table, one per column, if a line stands there and the columns are ruled. */
    static Optional<List<String>> of(Page page, DetectedTable table) {
        TextLine above = null;
        for (TextLine line : page.bodyLines()) {
            float height = line.bottom() - line.top();
            if (line.bottom() <= table.top() + 1 && table.top() - line.bottom() <= REACH * height
                    && line.x0() >= table.x0() - height && line.x1() <= table.x1() + height) {
                above = line;
            }
        }
        if (above == null) {
            return Optional.empty();
        }
        List<Float> edges = edges(page, table);
        if (edges.size() != table.columns() + 1) {
            return Optional.empty();
        }
        List<StringBuilder> cells = new ArrayList<>();
        for (int c = 0; c < table.columns(); c++) {
            cells.add(new StringBuilder());
        }
        for (Word w : above.words()) {
            float mid = (w.x0() + w.x1()) / 2;
            for (int c = 0; c < table.columns(); c++) {
                if (mid >= edges.get(c) - SAME_RULE && mid < edges.get(c + 1)) {
                    StringBuilder cell = cells.get(c);
                    cell.append(cell.isEmpty() ? "" : " ").append(w.text());
                    break;
                }
            }
        }
        return Optional.of(cells.stream().map(StringBuilder::toString).toList());
    }

    /** The x of every vertical rule that crosses the table's first row, left to right. */
    static List<Float> edges(Page page, DetectedTable table) {
        float y = table.top() + 2 * SAME_RULE;
        List<Float> xs = new ArrayList<>();
        for (Ruling r : page.rulings()) {
            if (r.vertical() && r.top() <= y && r.bottom() >= y && r.x0() >= table.x0() - SAME_RULE
                    && r.x0() <= table.x1() + SAME_RULE) {
                xs.add(r.x0());
            }
        }
        xs.sort(Float::compare);
        List<Float> merged = new ArrayList<>();
        for (float x : xs) {
            if (merged.isEmpty() || x - merged.getLast() > SAME_RULE) {
                merged.add(x);
            }
        }
        return merged;
    }
}
