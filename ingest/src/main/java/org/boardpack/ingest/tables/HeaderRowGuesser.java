package org.boardpack.ingest.tables;

import java.util.List;

/**
 * How many leading rows of a stream table are headers: leading bold rows above a body that is not
 * bold, or leading rows of words (years and currency units count as words) above a body of figures; a one-cell row below the first (a
 * section heading) ends them. Zero when neither signal is clear: a
 * wrong header count misleads more than a missing one.
 */
final class HeaderRowGuesser {

    static final int MAX_HEADER_ROWS = 3;

    int guess(List<StreamRow> rows) {
        int bold = 0;
        while (bold < rows.size() && bold < MAX_HEADER_ROWS && rows.get(bold).bold() && !sectionRow(rows, bold)) {
            bold++;
        }
        if (bold > 0 && bold < rows.size() && rows.stream().skip(bold).noneMatch(StreamRow::bold)) {
            return bold;
        }
        int words = 0;
        boolean stackedHeadings = false;
        while (words < rows.size() && words < MAX_HEADER_ROWS && headings(rows.get(words)) && !sectionRow(rows, words)) {
            stackedHeadings |= hasNumber(rows.get(words));
            words++;
        }
        // three rows of words are a header only when years or units mark them as stacked headings
        if (words == 0 || words == rows.size() || words > (stackedHeadings ? 3 : 2)) {
            return 0;
        }
        List<StreamRow> body = rows.subList(words, rows.size());
        long numeric = body.stream().filter(HeaderRowGuesser::hasNumber).count();
        return numeric * 10 >= body.size() * 7 ? words : 0;
    }

    /**
     * A row of one cell below the first row: a section heading over the body ("DIRECT SERVICES"),
     * which ends the header. (A one-cell first row is a group heading over the columns.)
     */
    private static boolean sectionRow(List<StreamRow> rows, int i) {
        return i > 0 && rows.get(i).filled() == 1 && !spanLabel(rows, i);
    }

    /**
     * A one-cell row that is the first column's heading set to span the header rows and centred
     * down them ("Directorate" between "2022/23 | 2023/24" and "Budget £k | Actual £k"): its cell
     * is the first, the first cells of the header rows above and below it are blank, and the row
     * below is a row of headings, not the body.
     */
    private static boolean spanLabel(List<StreamRow> rows, int i) {
        if (i + 1 >= rows.size()) {
            return false;
        }
        StreamRow below = rows.get(i + 1);
        return !rows.get(i).cells().getFirst().isEmpty() && rows.get(i - 1).cells().getFirst().isEmpty()
                && below.cells().getFirst().isEmpty() && below.filled() >= 2 && headings(below);
    }

    /** A row of headings: words, and years or currency units over the columns ("2018", "£"), no other figure. */
    private static boolean headings(StreamRow row) {
        return row.cells().stream().noneMatch(c -> numeric(c) && !HeaderBand.year(c) && !HeaderBand.unit(c));
    }

    static boolean hasNumber(StreamRow row) {
        return row.cells().stream().anyMatch(HeaderRowGuesser::numeric);
    }

    static boolean numeric(String cell) {
        return Figures.figure(cell);
    }
}
