package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether rows assembled from whitespace read as a table rather than something else laid out in
 * columns: a bulleted or numbered list (marker, gap, text), numbered paragraphs of minutes, or
 * two columns of running text.
 */
final class StreamTableCheck {

    static final int MIN_ROWS = 3;
    /** Share of rows, in tenths, a column fills to count as one of the table's main columns. */
    static final int DENSE_SHARE_TENTHS = 6;
    /** Words per cell above which a column is running text rather than table cells. */
    static final double PROSE_WORDS_PER_CELL = 12;
    /** List markers: bullets, dashes, "1.", "(a)", "iv)". */
    private static final Pattern MARKER = Pattern.compile(
            "[•·▪◦●○■□➢➤►‣⁃*\\-–—]|\\(?([0-9]{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]");

    boolean isTable(List<StreamRow> rows, int columns) {
        if (rows.size() < MIN_ROWS || columns < 2) {
            return false;
        }
        long multi = rows.stream().filter(r -> r.filled() >= 2).count();
        if (multi < MIN_ROWS || multi * 2 < rows.size()) {
            return false;
        }
        if (denseColumns(rows, columns) < 2) {
            return false;
        }
        if (markerColumn(rows)) {
            return false;
        }
        return !(columns == 2 && proseColumn(rows)) && !runningText(rows, columns);
    }

    /**
     * Columns with text in most rows. A table has at least two; running text with notes in the
     * margin (minutes with an action column) has one, whatever the notes line up with.
     */
    private static int denseColumns(List<StreamRow> rows, int columns) {
        int dense = 0;
        for (int c = 0; c < columns; c++) {
            int col = c;
            long filled = rows.stream().filter(r -> !r.cells().get(col).isEmpty()).count();
            dense += filled * 10 >= rows.size() * DENSE_SHARE_TENTHS ? 1 : 0;
        }
        return dense;
    }

    /** The first column holds nothing but list markers: a list, not a table. */
    private static boolean markerColumn(List<StreamRow> rows) {
        List<String> first = new ArrayList<>();
        for (StreamRow r : rows) {
            if (!r.cells().getFirst().isEmpty()) {
                first.add(r.cells().getFirst().strip());
            }
        }
        return !first.isEmpty() && first.stream().allMatch(s -> MARKER.matcher(s).matches());
    }

    /**
     * A column whose rows carry on one sentence: a long cell without closing punctuation and the
     * next row's cell starting in lower case. Table cells are complete; lines of a paragraph are not.
     */
    private static boolean runningText(List<StreamRow> rows, int columns) {
        for (int c = 0; c < columns; c++) {
            int carried = 0;
            for (int r = 1; r < rows.size(); r++) {
                String above = rows.get(r - 1).cells().get(c).strip();
                String here = rows.get(r).cells().get(c).strip();
                if (above.split("\\s+").length >= 5 && !above.matches(".*[.:;!?]$")
                        && !here.isEmpty() && Character.isLowerCase(here.codePointAt(0))) {
                    carried++;
                }
            }
            if (carried * 4 >= rows.size()) {
                return true;
            }
        }
        return false;
    }

    /** A column whose cells are long runs of words: text beside labels (minutes items, a two-column page). */
    private static boolean proseColumn(List<StreamRow> rows) {
        for (int c = 0; c < 2; c++) {
            int cells = 0;
            int words = 0;
            for (StreamRow r : rows) {
                String cell = r.cells().get(c).strip();
                if (!cell.isEmpty()) {
                    cells++;
                    words += cell.split("\\s+").length;
                }
            }
            if (cells > 0 && (double) words / cells > PROSE_WORDS_PER_CELL) {
                return true;
            }
        }
        return false;
    }
}
