package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * Minutes grids number an item's heading ("4.") and its paragraphs ("4.1", "4.2") down the first
 * column. Where the grid is drawn without rules, an item is told from its paragraphs only by the
 * blank space above it: when every item stands clearly further from the row above than any
 * paragraph does, an item with its paragraphs is one row of the grid (as in the
 * ruled print of the same grid, where each item is one box). Numbers without that spacing (an
 * agenda's "2" and "2.1" rows set evenly) stay rows of their own.
 */
final class OutlineRows {

    /** An item number ("4", "4.") or a paragraph number under it ("4.1", "4.1."); group 1 is the item. */
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3})(\\.|\\.\\d{1,2}\\.?)?");
    /** Paragraph gaps that show an item's paragraphs set closer than its neighbours, at least. */
    static final int MIN_PARAGRAPH_GAPS = 2;
    /** How much wider, in glyph heights, the space above every item is than above any paragraph. */
    static final float ITEM_STEP_GLYPHS = 0.4f;

    private OutlineRows() {
    }

    /**
     * The rows with each item's paragraphs joined to its row, when the spacing shows items. The
     * rows hold every column of {@code columns}; the first with text holds the numbers, and the
     * space above a row is measured from the numbers and text of the row above (the first two
     * columns with text), not from a deadline wrapped beside them.
     */
    static List<StreamRow> group(List<StreamRow> rows, List<TextLine> lines, StreamColumns columns, float glyph) {
        int number = 0;
        while (number < columns.count() - 1 && empty(rows, number)) {
            number++;
        }
        int text = number + 1;
        while (text < columns.count() - 1 && empty(rows, text)) {
            text++;
        }
        List<Float> paragraphGaps = new ArrayList<>();
        List<Float> itemGaps = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            String above = item(rows.get(i - 1), number);
            if (above != null && item(rows.get(i), number) != null) {
                float gap = rows.get(i).top() - textBottom(rows.get(i - 1), lines, columns, text);
                (paragraphOf(rows.get(i), above, number) ? paragraphGaps : itemGaps).add(gap);
            }
        }
        if (paragraphGaps.size() < MIN_PARAGRAPH_GAPS || itemGaps.isEmpty()
                || min(itemGaps) <= max(paragraphGaps) + ITEM_STEP_GLYPHS * glyph) {
            return rows;
        }
        List<StreamRow> out = new ArrayList<>();
        for (StreamRow row : rows) {
            StreamRow last = out.isEmpty() ? null : out.getLast();
            String above = last == null ? null : item(last, number);
            if (above != null && item(row, number) != null && paragraphOf(row, above, number)) {
                out.set(out.size() - 1, joined(last, row));
            } else {
                out.add(row);
            }
        }
        return out;
    }

    private static boolean empty(List<StreamRow> rows, int column) {
        return rows.stream().allMatch(r -> r.cells().get(column).isEmpty());
    }

    /** The bottom of the row's words in the columns up to {@code text}. */
    private static float textBottom(StreamRow row, List<TextLine> lines, StreamColumns columns, int text) {
        float bottom = Float.NEGATIVE_INFINITY;
        for (TextLine line : lines) {
            for (Word w : line.words()) {
                float middle = (w.top() + w.bottom()) / 2;
                if (middle >= row.top() && middle <= row.bottom() && columns.columnOf(w) <= text) {
                    bottom = Math.max(bottom, w.bottom());
                }
            }
        }
        return bottom == Float.NEGATIVE_INFINITY ? row.bottom() : bottom;
    }

    private static float min(List<Float> values) {
        return values.stream().min(Float::compare).orElseThrow();
    }

    private static float max(List<Float> values) {
        return values.stream().max(Float::compare).orElseThrow();
    }

    /**
     * The item number a first cell holds, its own or its paragraphs' ("4" for "4.", "4.2" and
     * "4. 4.1 4.2"), or null when it holds anything else or numbers of different items.
     */
    static String item(String cell) {
        String item = null;
        for (String token : cell.strip().split("\\s+")) {
            Matcher m = NUMBER.matcher(token);
            if (!m.matches() || item != null && !item.equals(m.group(1))) {
                return null;
            }
            item = m.group(1);
        }
        return item;
    }

    private static String item(StreamRow row, int column) {
        return item(row.cells().get(column));
    }

    /** Whether the row is a numbered paragraph ("4.2") of the item numbered {@code item}. */
    private static boolean paragraphOf(StreamRow row, String item, int column) {
        String first = row.cells().get(column).strip();
        return item.equals(item(first)) && first.indexOf('.') >= 0 && !first.matches("\\d+\\.?");
    }

    /**
     * Whether a table's row continued from the page before ({@code first}) carries on its last row
     * there: an item whose paragraphs ("5. 5.1 5.2") go on over the page ("5.4 5.5"). Only a row
     * already holding an item's heading with its paragraphs is carried on; rows numbered "2.1",
     * "2.2" each stay one.
     */
    static boolean carriesOn(List<String> last, List<String> first) {
        String item = item(last.getFirst());
        return item != null && last.getFirst().strip().contains(" ") && item.equals(item(first.getFirst()))
                && !first.getFirst().strip().matches("\\d+\\.?");
    }

    /** Two rows' cells as one row: each column's texts joined with a space. */
    static List<String> joined(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < a.size(); c++) {
            String x = a.get(c);
            String y = c < b.size() ? b.get(c) : "";
            out.add(x.isEmpty() ? y : y.isEmpty() ? x : x + " " + y);
        }
        return out;
    }

    private static StreamRow joined(StreamRow a, StreamRow b) {
        return new StreamRow(joined(a.cells(), b.cells()), a.top(), Math.max(a.bottom(), b.bottom()),
                a.bold() && b.bold(), a.lines() + b.lines());
    }
}
