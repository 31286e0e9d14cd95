package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * The stacked column headings of a statement of accounts: a line of years ("2017  2018  2018"),
 * a line of currency units ("£  £  £") and one or two lines of words ("Net" over "Expenditure"),
 * single-spaced above the first line of amounts. Each line of years or units is a header row of
 * its own (the answer reads them as rows, one above the other); lines of words that share a
 * column hold headings wrapped in that column and make one row. The band is only read this way
 * when it holds a line of years or units: without one, a stack of word lines may as well be body
 * rows, and the row assembly's own rules stand.
 */
final class HeaderBand {

    /** Largest step from one band line to the next, in the block's line pitches: headings are set close. */
    static final float MAX_STEP_PITCHES = 1.5f;

    /** A year or a financial year as a column heading: {@code 2018}, {@code 2017/18}, {@code 2017-18}. */
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d([/\\-–](\\d\\d|(19|20)\\d\\d))?");
    /** A currency unit heading a column of amounts: {@code £}, {@code $}, {@code £000}, {@code £'000}, {@code €m}. */
    private static final Pattern UNIT = Pattern.compile("[£$€]('?000|m|k|bn)?|%");

    enum Kind { YEARS, UNITS, WORDS }

    /** The band's kinds, one per leading line it covers (empty when the block opens with no such band). */
    private final List<Kind> kinds;
    private final List<boolean[]> filled;

    private HeaderBand(List<Kind> kinds, List<boolean[]> filled) {
        this.kinds = kinds;
        this.filled = filled;
    }

    /**
     * The band of leading lines from {@code from}: lines holding no amount but years, each within
     * {@link #MAX_STEP_PITCHES} line pitches of the one above; empty unless one is a line of years or units.
     */
    static HeaderBand of(List<TextLine> lines, int from, StreamColumns columns) {
        float pitch = TableTolerances.pitch(lines);
        List<Kind> kinds = new ArrayList<>();
        List<boolean[]> filled = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            if (i > from && lines.get(i).bottom() - lines.get(i - 1).bottom() > MAX_STEP_PITCHES * pitch) {
                break;
            }
            List<String> cells = cells(lines.get(i), columns);
            Kind kind = kind(cells);
            if (kind == null) {
                break;
            }
            kinds.add(kind);
            boolean[] f = new boolean[cells.size()];
            for (int c = 0; c < f.length; c++) {
                f[c] = !cells.get(c).isEmpty();
            }
            filled.add(f);
        }
        boolean stacked = kinds.stream().anyMatch(k -> k != Kind.WORDS);
        return stacked ? new HeaderBand(kinds, filled) : new HeaderBand(List.of(), List.of());
    }

    /**
     * How many lines just above line {@code first} of the run are column headings stacked one per
     * line: each lies within one column, holds no amount but a year, stands within
     * {@link #MAX_STEP_PITCHES} line pitches of the line below, and one of them is a line of years
     * or units (else 0: lone lines above a table are its caption).
     */
    static int stackedAbove(List<TextLine> run, int first, StreamColumns columns, float pitch,
            BiPredicate<TextLine, StreamColumns> withinOneColumn) {
        int n = 0;
        int lastMarked = 0;
        for (int i = first - 1; i >= 0; i--) {
            TextLine line = run.get(i);
            Kind kind = kind(cells(line, columns));
            boolean close = run.get(i + 1).bottom() - line.bottom() <= MAX_STEP_PITCHES * pitch;
            if (!close || kind == null || !withinOneColumn.test(line, columns)) {
                break;
            }
            n++;
            lastMarked = kind != Kind.WORDS ? n : lastMarked;
        }
        return lastMarked;
    }

    /** How many lines (from the band's first) it covers. */
    int size() {
        return kinds.size();
    }

    /**
     * Whether band line {@code k} (counted from the band's first) starts a header row: a line of
     * years or units always does, and so does the line after one; a line of words under a line of
     * words starts one only when no column holds words on both (nothing wraps between them).
     */
    boolean startsRow(int k) {
        if (k == 0 || kinds.get(k) != Kind.WORDS || kinds.get(k - 1) != Kind.WORDS) {
            return true;
        }
        boolean[] above = filled.get(k - 1);
        boolean[] here = filled.get(k);
        for (int c = 0; c < here.length; c++) {
            if (above[c] && here[c]) {
                return false;
            }
        }
        return true;
    }

    /** The kind of a line from its cells, or null when a cell holds an amount other than a year. */
    static Kind kind(List<String> cells) {
        boolean years = true;
        boolean units = true;
        for (String cell : cells) {
            if (cell.isEmpty()) {
                continue;
            }
            boolean year = year(cell);
            boolean unit = UNIT.matcher(cell).matches();
            if (!year && !unit && Figures.figure(cell)) {
                return null;
            }
            years &= year;
            units &= unit;
        }
        return years ? Kind.YEARS : units ? Kind.UNITS : Kind.WORDS;
    }

    /** Whether a header cell is a year (a column's year heading, not an amount). */
    static boolean year(String cell) {
        return YEAR.matcher(cell.strip()).matches();
    }

    /** Whether a header cell is a currency unit over a column of amounts. */
    static boolean unit(String cell) {
        return UNIT.matcher(cell.strip()).matches();
    }

    private static List<String> cells(TextLine line, StreamColumns columns) {
        List<List<Word>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns.count(); c++) {
            byColumn.add(new ArrayList<>());
        }
        line.words().forEach(w -> byColumn.get(columns.columnOf(w)).add(w));
        return byColumn.stream().map(ws -> ws.isEmpty() ? "" : TextLine.join(ws).strip()).toList();
    }
}
