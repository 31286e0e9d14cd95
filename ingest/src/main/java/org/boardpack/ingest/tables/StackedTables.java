package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Two tables stacked with no gap between them ("Income and Expenditure" then "Reserve Movements"
 * under it): the rows of one block that start over with a header of their own — a row of words
 * standing in the columns that hold figures above and below it — begin the next table. A title
 * row just above the new header is that table's caption, in neither grid. A row of words among
 * figures that is not followed by figures (a note, a nil line) starts nothing.
 */
final class StackedTables {

    /** Share of a column's filled cells, in tenths, that are figures for it to be a figure column. */
    static final int FIGURE_COLUMN_TENTHS = 6;
    /** Figure rows a table shows before a new header may end it, and after it for the new one. */
    static final int MIN_FIGURE_ROWS = 2;

    private StackedTables() {
    }

    static List<List<StreamRow>> split(List<StreamRow> rows) {
        List<List<StreamRow>> out = new ArrayList<>();
        List<StreamRow> rest = rows;
        int restart;
        while ((restart = restart(rest)) > 0) {
            int end = restart;
            if (end > 0 && rest.get(end - 1).filled() == 1) {
                end--; // the new table's title
            }
            out.add(rest.subList(0, end));
            rest = rest.subList(restart, rest.size());
        }
        out.add(rest);
        return out;
    }

    /** The first row that starts a new table's header, or -1. */
    static int restart(List<StreamRow> rows) {
        boolean[] figureColumn = figureColumns(rows);
        int figureColumns = count(figureColumn);
        if (figureColumns == 0) {
            return -1;
        }
        int figureRowsAbove = 0;
        for (int k = 0; k < rows.size(); k++) {
            StreamRow row = rows.get(k);
            if (HeaderRowGuesser.hasNumber(row)) {
                figureRowsAbove++;
                continue;
            }
            if (figureRowsAbove < MIN_FIGURE_ROWS || row.filled() < 2) {
                continue;
            }
            int wordsOverFigures = 0;
            for (int c = 0; c < row.cells().size(); c++) {
                wordsOverFigures += figureColumn[c] && !row.cells().get(c).isBlank() ? 1 : 0;
            }
            long figureRowsBelow = rows.subList(k + 1, rows.size()).stream().filter(HeaderRowGuesser::hasNumber).count();
            if (wordsOverFigures >= Math.min(2, figureColumns) && figureRowsBelow >= MIN_FIGURE_ROWS) {
                return k;
            }
        }
        return -1;
    }

    private static boolean[] figureColumns(List<StreamRow> rows) {
        int n = rows.getFirst().cells().size();
        boolean[] out = new boolean[n];
        for (int c = 0; c < n; c++) {
            int filled = 0;
            int figures = 0;
            for (StreamRow r : rows) {
                String cell = r.cells().get(c);
                filled += cell.isBlank() ? 0 : 1;
                figures += HeaderRowGuesser.numeric(cell) ? 1 : 0;
            }
            out[c] = figures >= MIN_FIGURE_ROWS * 2 && figures * 10 >= filled * FIGURE_COLUMN_TENTHS;
        }
        return out;
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            n += x ? 1 : 0;
        }
        return n;
    }
}
