package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether rows assembled from whitespace read as a table rather than something else laid out in
 * columns: a bulleted or numbered list (marker, gap, text), numbered paragraphs of minutes,
 * two columns of running text, or two columns of labels and values (the rule {@link TitleBlocks}
 * keeps for ruled and unruled blocks alike).
 */
final class StreamTableCheck {

    static final int MIN_ROWS = 3;
    /** Share of rows, in tenths, a column fills to count as one of the table's main columns. */
    static final int DENSE_SHARE_TENTHS = 6;
    /** Words per cell above which a column is running text rather than table cells. */
    static final double PROSE_WORDS_PER_CELL = 12;
    /**
     * Words per cell above which a numbered grid's column is minutes' discussion, not a subject
     * with its one-sentence description (an agenda's "Minutes  To approve as a correct record …").
     */
    static final double DISCUSSION_WORDS_PER_CELL = 25;
    /** Share of the first column's cells, in tenths, that are markers for it to be a list's. */
    static final int MOSTLY_MARKERS_TENTHS = 8;
    /** A cell that is a figure: £1,250.00, (3,200), 71.2%, 12, -4. */
    private static final Pattern FIGURE = Pattern.compile("[(\\-–]?[£$€]?\\s?[0-9][0-9,.]*[%)km]?");
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
        if (markerColumn(rows) && !headedNumberedGrid(rows, columns)) {
            return false;
        }
        return !(columns == 2 && (proseColumn(rows) || labelValueList(rows))) && !runningText(rows, columns);
    }

    /** Two columns of labels and their values ({@link TitleBlocks}): no data grid. */
    static boolean labelValueList(List<StreamRow> rows) {
        return TitleBlocks.labelValue(rows.stream().map(StreamRow::cells).toList(), new HeaderRowGuesser().guess(rows));
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

    /**
     * The first column holds list markers (all of it, or nearly all where a line above the list,
     * such as a signature or a heading, was swept into the block) and no column holds figures: a
     * numbered or bulleted list, not a table. Numbered rows of a data grid carry figures.
     */
    static boolean markerColumn(List<StreamRow> rows) {
        List<String> first = new ArrayList<>();
        for (StreamRow r : rows) {
            if (!r.cells().getFirst().isEmpty()) {
                first.add(r.cells().getFirst().strip());
            }
        }
        long markers = first.stream().filter(StreamTableCheck::marker).count();
        if (first.isEmpty() || markers < MIN_ROWS) {
            return false;
        }
        if (markers == first.size()) {
            return true;
        }
        return markers * 10 >= first.size() * MOSTLY_MARKERS_TENTHS && !figures(rows);
    }

    /**
     * Numbered rows under a bold header row that names the number column ("Item | Subject | Page
     * Nos.", "No. | Payee | Amount"), three or more columns, none of them running text: a grid whose
     * first column counts its rows. A list has no heading over its markers (a line swept in above
     * it is no bold row of headings over plain rows); minutes laid out as "Item | Discussion |
     * Action" have a column of paragraphs. Bold one-cell rows below are section headings.
     */
    static boolean headedNumberedGrid(List<StreamRow> rows, int columns) {
        StreamRow head = rows.getFirst();
        String corner = head.cells().getFirst().strip();
        // bold rows of one cell below are section headings ("OTHER BUSINESS"), not more headers
        boolean headed = head.bold() && head.filled() >= 2
                && rows.stream().skip(1).noneMatch(r -> r.bold() && r.filled() >= 2)
                && !corner.isEmpty() && !marker(corner);
        if (columns < 3 || !headed) {
            return false;
        }
        for (int c = 0; c < columns; c++) {
            if (wordsPerCell(rows, c) > DISCUSSION_WORDS_PER_CELL) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is a list marker: a bullet, a dash, "1.", "(a)", "iv)". */
    static boolean marker(String text) {
        return MARKER.matcher(text).matches();
    }

    /** Whether some column other than the first is mostly figures (amounts, counts, percentages). */
    private static boolean figures(List<StreamRow> rows) {
        int columns = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        for (int c = 1; c < columns; c++) {
            int col = c;
            long filled = rows.stream().filter(r -> col < r.cells().size() && !r.cells().get(col).isBlank()).count();
            long numeric = rows.stream().filter(r -> col < r.cells().size() && FIGURE.matcher(r.cells().get(col).strip())
                    .matches()).count();
            if (filled > 0 && numeric * 2 >= filled) {
                return true;
            }
        }
        return false;
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
            if (wordsPerCell(rows, c) > PROSE_WORDS_PER_CELL) {
                return true;
            }
        }
        return false;
    }

    /** The mean number of words in the column's filled cells (0 when none is filled). */
    private static double wordsPerCell(List<StreamRow> rows, int c) {
        int cells = 0;
        int words = 0;
        for (StreamRow r : rows) {
            String cell = r.cells().get(c).strip();
            if (!cell.isEmpty()) {
                cells++;
                words += cell.split("\\s+").length;
            }
        }
        return cells == 0 ? 0 : (double) words / cells;
    }
}
