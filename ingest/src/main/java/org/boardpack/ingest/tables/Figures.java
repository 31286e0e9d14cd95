package org.boardpack.ingest.tables;

import java.util.regex.Pattern;

/**
 * What a figure looks like in a table cell: amounts, counts, percentages, dates in digits,
 * negatives in brackets ({@code £1,250.00}, {@code (3,200)}, {@code 71.2%}, {@code 12/03/18}), and
 * the lone dash that stands for nil in accounts. One
 * home for the pattern, read by the header guess, the row assembly and the ruled-frame checks.
 */
final class Figures {

    private static final Pattern NUMBER = Pattern.compile(
            "[-+−–(£$€]*\\d[\\d.,/:%]*[)%kmKMbn]*\\*?");

    /** A nil entry in a column of figures: a lone dash. */
    private static final Pattern NIL = Pattern.compile("[-–—]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A bare number with dots: an item or paragraph number ({@code 4.}, {@code 4.2}), a count or a year. */
    private static final Pattern BARE = Pattern.compile("\\d+(\\.\\d+)*\\.?");

    private Figures() {
    }

    /**
     * Whether the cell text is an amount: a figure with a thousands comma, a currency sign,
     * brackets, a percentage or decimals, or the nil dash. Bare numbers are left out: paragraph
     * numbers {@code 4.1}, {@code 4.2} are printed stacked in one cell on purpose.
     */
    static boolean amount(String cell) {
        return figure(cell) && !BARE.matcher(cell.strip()).matches();
    }

    /** Whether the cell text is one or more figures and nothing else. */
    static boolean figure(String cell) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (NIL.matcher(s).matches()) {
            return true;
        }
        // called for every cell of every candidate table: the split's pattern is compiled once
        for (String part : SPACES.split(s)) {
            if (!NUMBER.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }
}
