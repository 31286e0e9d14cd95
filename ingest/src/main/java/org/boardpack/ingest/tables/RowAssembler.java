package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * Groups the lines of a table block into rows. A line starts a new row when the anchor column
 * (the one with text on most lines, leftmost on ties) has text, or when it sits after a clearly
 * larger vertical gap; other lines continue the row above, their words joining its cells, so a
 * cell wrapped over several lines stays one cell. When the block's line gaps fall in two clear
 * groups (tight leading inside a cell, wider spacing between rows) a sparse line after a tight gap
 * continues the row even if the anchor column has text: the anchor cell itself is wrapping. Two
 * signs start a row whatever the anchor says: an amount under an amount of the row (amounts do
 * not wrap), and a lone bold line under a row that is not bold, in a column where the row has no bold
 * text (a section heading; a wrapped bold title stays in its cell). Stacked column headings over
 * figures (years, currency units, words) are rowed by {@link HeaderBand}.
 */
final class RowAssembler {

    List<StreamRow> assemble(List<TextLine> lines, StreamColumns columns, float fontSize) {
        int n = columns.count();
        List<boolean[]> filled = new ArrayList<>();
        int[] perColumn = new int[n];
        for (TextLine line : lines) {
            boolean[] f = new boolean[n];
            for (Word w : line.words()) {
                f[columns.columnOf(w)] = true;
            }
            for (int c = 0; c < n; c++) {
                perColumn[c] += f[c] ? 1 : 0;
            }
            filled.add(f);
        }
        int anchor = anchor(filled, n);
        float[] gaps = new float[lines.size()];
        for (int i = 1; i < lines.size(); i++) {
            gaps[i] = lines.get(i).top() - lines.get(i - 1).bottom();
        }
        float split = rowGapSplit(gaps, fontSize);
        float large = largeGap(gaps, fontSize);
        int bandFrom = 0;
        while (bandFrom < lines.size() && spanning(lines.get(bandFrom), columns)) {
            bandFrom++;
        }
        HeaderBand band = HeaderBand.of(lines, bandFrom, columns);
        int bandEnd = bandFrom + band.size();

        List<StreamRow> rows = new ArrayList<>();
        List<List<Word>> cells = null;
        int rowFirstFilled = 0;
        float top = 0;
        float bottom = 0;
        boolean bold = true;
        int count = 0;
        boolean previousSpanning = false;
        boolean[] rowFigures = new boolean[n];
        boolean[] rowBoldIn = new boolean[n];
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            int lineFilled = count(filled.get(i));
            boolean spanning = spanning(line, columns);
            boolean[] lineFigures = figures(line, columns);
            boolean newRow;
            boolean stacked = cells != null && stacked(rowFigures, lineFigures) && !continuesText(line, columns, cells);
            if (band.size() > 0 && i >= bandFrom && i <= bandEnd) {
                // stacked column headings: a row per line of years or units, wrapped words joined
                newRow = i == bandEnd || band.startsRow(i - bandFrom);
            } else if (cells == null || spanning || previousSpanning || stacked
                    || (line.bold() && !bold && lineFilled == 1 && !rowBoldIn[columns.columnOf(line.words().getFirst())])) {
                newRow = true;
            } else if (!Float.isNaN(split)) {
                newRow = gaps[i] >= split || (filled.get(i)[anchor] && lineFilled >= rowFirstFilled);
            } else {
                newRow = gaps[i] >= large || (filled.get(i)[anchor] && !wrapsAnchor(line, lineFilled, cells, anchor));
            }
            if (newRow) {
                if (cells != null) {
                    rows.add(new StreamRow(texts(cells), top, bottom, bold, count));
                }
                cells = new ArrayList<>();
                for (int c = 0; c < n; c++) {
                    cells.add(new ArrayList<>());
                }
                rowFirstFilled = lineFilled;
                rowFigures = new boolean[n];
                rowBoldIn = new boolean[n];
                top = line.top();
                bold = true;
                count = 0;
            }
            // a title across the table is one spanning cell, its text in the first column it covers
            int spanColumn = columns.columnOf(line.words().getFirst());
            int[] headings = CentredHeadings.columnsOf(line, columns).orElse(null);
            for (int k = 0; k < line.words().size(); k++) {
                Word w = line.words().get(k);
                int column = spanning ? spanColumn : headings != null ? headings[k] : columns.columnOf(w);
                cells.get(column).add(w);
                rowBoldIn[column] |= w.bold();
                bold &= w.bold();
            }
            previousSpanning = spanning;
            for (int c = 0; c < n; c++) {
                rowFigures[c] |= lineFigures[c];
            }
            bottom = Math.max(bottom, line.bottom());
            count++;
        }
        if (cells != null) {
            rows.add(new StreamRow(texts(cells), top, bottom, bold, count));
        }
        return rows;
    }

    /**
     * The column whose text marks a row's first line: the leftmost column filled on (nearly) every
     * "full" line, a line filling most of the columns, as the first line of a row does while the
     * wrapped lines after it fill only a few; the first line, often the heading row with an empty
     * stub column, does not vote. Falls back to the column filled on most lines.
     */
    static int anchor(List<boolean[]> filled, int n) {
        // the first line does not set the measure either: a header row over columns its body
        // seldom fills (minutes with an action column left empty) would leave no line full
        int most = 0;
        for (boolean[] f : filled.subList(Math.min(1, filled.size()), filled.size())) {
            most = Math.max(most, count(f));
        }
        int fullNeeded = Math.max(2, (int) Math.ceil(most * 0.6));
        int[] onFull = new int[n];
        int[] onAny = new int[n];
        int full = 0;
        for (int i = 0; i < filled.size(); i++) {
            boolean[] f = filled.get(i);
            // the first line does not vote: a heading row leaves the stub column above the labels empty
            boolean isFull = i > 0 && count(f) >= fullNeeded;
            full += isFull ? 1 : 0;
            for (int c = 0; c < n; c++) {
                onFull[c] += isFull && f[c] ? 1 : 0;
                onAny[c] += f[c] ? 1 : 0;
            }
        }
        for (int c = 0; c < n; c++) {
            if (full > 0 && onFull[c] * 10 >= full * 9) {
                return c;
            }
        }
        int best = 0;
        for (int c = 1; c < n; c++) {
            if (onAny[c] > onAny[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The columns in which the line's words are an amount and nothing else. */
    private static boolean[] figures(TextLine line, StreamColumns columns) {
        List<List<Word>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns.count(); c++) {
            byColumn.add(new ArrayList<>());
        }
        line.words().forEach(w -> byColumn.get(columns.columnOf(w)).add(w));
        boolean[] out = new boolean[columns.count()];
        for (int c = 0; c < out.length; c++) {
            out[c] = !byColumn.get(c).isEmpty() && Figures.amount(TextLine.join(byColumn.get(c)));
        }
        return out;
    }

    /**
     * Whether the line puts an amount under an amount of the row so far: amounts do not wrap, so
     * the line is the next row even when the anchor column is empty (a total, a second line item).
     */
    private static boolean stacked(boolean[] rowFigures, boolean[] lineFigures) {
        for (int c = 0; c < rowFigures.length; c++) {
            if (rowFigures[c] && lineFigures[c]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word cell of the line carries on the text of the row's cell above it: that cell
     * ends open (a comma, a dash, an ampersand) or the line's cell does not start with a capital.
     * Two amounts in one cell (a sum in two currencies) then stay one row with the wrapped text.
     */
    private static boolean continuesText(TextLine line, StreamColumns columns, List<List<Word>> cells) {
        for (int c = 0; c < columns.count(); c++) {
            int col = c;
            List<Word> words = line.words().stream().filter(w -> columns.columnOf(w) == col).toList();
            if (words.isEmpty() || cells.get(c).isEmpty() || Figures.amount(TextLine.join(words))) {
                continue;
            }
            String above = cells.get(c).getLast().text();
            char last = above.charAt(above.length() - 1);
            boolean open = ",;&/(-\u2010\u2013".indexOf(last) >= 0;
            if (open || !Character.isUpperCase(words.getFirst().text().codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line holding only an anchor-column word finishes the anchor cell above instead of
     * starting a row: the cell ends in a word broken at a hyphen, or the line starts in lower case
     * (a row's label starts with a capital or a figure; a wrapped label's second line need not).
     */
    private static boolean wrapsAnchor(TextLine line, int lineFilled, List<List<Word>> cells, int anchor) {
        if (lineFilled != 1 || cells.get(anchor).isEmpty()) {
            return false;
        }
        String above = cells.get(anchor).getLast().text();
        boolean broken = above.length() > 1 && above.endsWith("-");
        return broken || Character.isLowerCase(line.words().getFirst().text().codePointAt(0));
    }

    /**
     * One run of words (no wide gap) that runs across a column boundary: a section title or a
     * spanning cell; not a row of headings crowded over their columns ({@link CentredHeadings}).
     */
    static boolean spanning(TextLine line, StreamColumns columns) {
        return !StreamRegionFinder.tabular(line) && line.words().stream().anyMatch(columns::straddles)
                && !CentredHeadings.over(line, columns);
    }

    private static List<String> texts(List<List<Word>> cells) {
        return cells.stream().map(CellText::of).toList();
    }

    private static int count(boolean[] f) {
        int n = 0;
        for (boolean b : f) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /**
     * The gap that separates rows when the block's line gaps form two clear groups (tight inside
     * a wrapped cell, wide between rows), else NaN. Both groups must be real: the wide group is
     * at least a third of the gaps, so a table with a few spaced-out section breaks is not read as
     * one of wrapped rows.
     */
    static float rowGapSplit(float[] gaps, float fontSize) {
        if (gaps.length < 3) {
            return Float.NaN;
        }
        float[] g = Arrays.copyOfRange(gaps, 1, gaps.length);
        Arrays.sort(g);
        float bestJump = 0;
        int at = -1;
        for (int i = 0; i + 1 < g.length; i++) {
            float jump = g[i + 1] - g[i];
            if (jump > bestJump) {
                bestJump = jump;
                at = i;
            }
        }
        if (at < 0 || bestJump < 0.5f * fontSize || g[at + 1] < 1.5f * Math.max(g[at], 0.5f)) {
            return Float.NaN;
        }
        int wide = g.length - at - 1;
        int tight = at + 1;
        if (wide * 3 < g.length || tight * 5 < g.length) {
            return Float.NaN;
        }
        return (g[at] + g[at + 1]) / 2;
    }

    /** A gap clearly larger than the block's usual line gap: a row (or section) break whatever the anchor says. */
    static float largeGap(float[] gaps, float fontSize) {
        if (gaps.length < 2) {
            return Float.POSITIVE_INFINITY;
        }
        float[] g = Arrays.copyOfRange(gaps, 1, gaps.length);
        Arrays.sort(g);
        float median = g[g.length / 2];
        return Math.max(median * 1.6f, median + 0.6f * fontSize);
    }
}
