package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.FilledArea;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.Ruling;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * Tables drawn with ruling lines. Rulings that cross or touch form a connected frame; each frame
 * with at least two horizontal and two vertical lines is a grid whose column and row boundaries
 * are the distinct positions of its lines. Grid cells not separated by a drawn line are one
 * spanning cell. Words go to the cell holding their centre. Rows and columns left empty (double
 * lines, margins) are dropped; leading rows set in bold or on a shaded background are headers.
 */
public final class LatticeTableDetector implements TableDetector {

    /** Lines this close count as touching; positions this close are one boundary. */
    private static final float TOLERANCE = 2.5f;
    /** A gap this wide (in ems) inside a cell's line separates columns, not words. */
    private static final float COLUMN_GAP_EMS = 2f;
    /** This many column-split lines in one cell make a frame under-ruled. */
    private static final int UNDER_RULED_LINES = 3;
    /** Narrower than this, an empty column is the gap between double lines. */
    private static final float MIN_EMPTY_COLUMN = 8f;

    @Override
    public List<DetectedTable> detect(Page page, List<float[]> taken) {
        List<DetectedTable> out = new ArrayList<>();
        for (List<Ruling> frame : frames(page.rulings())) {
            List<Ruling> hs = frame.stream().filter(Ruling::horizontal).toList();
            List<Ruling> vs = frame.stream().filter(Ruling::vertical).toList();
            if (hs.size() < 2 || vs.size() < 2) {
                continue;
            }
            RuledGrid grid = RuledGrid.of(hs, vs, TOLERANCE);
            if (grid.columns() < 1 || grid.rows() < 1 || overlapsTaken(grid, taken)) {
                continue;
            }
            table(page, grid).ifPresent(out::add);
        }
        return out;
    }

    private java.util.Optional<DetectedTable> table(Page page, RuledGrid grid) {
        List<List<List<Word>>> cellWords = new ArrayList<>();
        for (int r = 0; r < grid.rows(); r++) {
            List<List<Word>> row = new ArrayList<>();
            for (int c = 0; c < grid.columns(); c++) {
                row.add(new ArrayList<>());
            }
            cellWords.add(row);
        }
        for (TextLine line : page.lines()) {
            for (Word w : line.words()) {
                int[] at = grid.cellAt((w.x0() + w.x1()) / 2, (w.top() + w.bottom()) / 2);
                if (at != null) {
                    int[] anchor = grid.anchorOf(at[0], at[1]);
                    cellWords.get(anchor[0]).get(anchor[1]).add(w);
                }
            }
        }
        if (underRuled(cellWords)) {
            return java.util.Optional.empty();
        }
        String[][] text = new String[grid.rows()][grid.columns()];
        boolean[][] bold = new boolean[grid.rows()][grid.columns()];
        int filled = 0;
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                List<Word> ws = cellWords.get(r).get(c);
                text[r][c] = CellText.of(ws);
                bold[r][c] = !ws.isEmpty() && ws.stream().allMatch(Word::bold);
                filled += text[r][c].isEmpty() ? 0 : 1;
            }
        }
        if (filled < 2) {
            return java.util.Optional.empty();
        }
        List<Integer> keepRows = new ArrayList<>();
        List<Integer> keepCols = new ArrayList<>();
        for (int r = 0; r < grid.rows(); r++) {
            if (anyText(text[r])) {
                keepRows.add(r);
            }
        }
        for (int c = 0; c < grid.columns(); c++) {
            // an empty column is kept when it is a real column (an action column with no actions
            // on this page); only the slivers between double lines go
            boolean keep = grid.columnWidth(c) >= MIN_EMPTY_COLUMN;
            for (int r = 0; r < grid.rows() && !keep; r++) {
                keep = !text[r][c].isEmpty();
            }
            if (keep) {
                keepCols.add(c);
            }
        }
        if (keepRows.size() * keepCols.size() < 2) {
            return java.util.Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r : keepRows) {
            List<String> row = new ArrayList<>();
            for (int c : keepCols) {
                row.add(text[r][c]);
            }
            rows.add(row);
        }
        int headers = headerRows(page, grid, keepRows, keepCols, text, bold);
        return java.util.Optional.of(new DetectedTable(page.number(), page.number(), grid.x0(), grid.top(), grid.x1(),
                grid.bottom(), headers, rows, "lattice"));
    }

    /**
     * A frame whose cells hold several lines that are themselves split into columns (a ruled
     * header over an unruled body, a box drawn round a whole table), or whose cells hold stacks of
     * lone amounts (rules round the header and totals only, or between columns only) is not a
     * lattice: its real rows and columns are in the whitespace, for the stream detector to find.
     */
    private static boolean underRuled(List<List<List<Word>>> cellWords) {
        for (List<List<Word>> row : cellWords) {
            for (List<Word> cell : row) {
                if (CellText.linesWithColumnGaps(cell, COLUMN_GAP_EMS) >= UNDER_RULED_LINES) {
                    return true;
                }
            }
            if (figureRows(row) >= TableTolerances.LONE_FIGURE_LINES) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lines of one grid row at which two or more cells each hold an amount and nothing else: rows
     * of amounts side by side that no rule parts (amounts do not wrap, so stacked amounts in one
     * cell are rows). One cell's list of amounts beside wrapped text has no partner lines.
     */
    private static int figureRows(List<List<Word>> row) {
        List<float[]> figureLines = new ArrayList<>(); // centre y, height of each lone-figure line
        for (List<Word> cell : row) {
            for (List<Word> line : CellText.lines(cell)) {
                if (Figures.amount(TextLine.join(line))) {
                    Word first = line.getFirst();
                    figureLines.add(new float[] {(first.top() + first.bottom()) / 2, first.bottom() - first.top()});
                }
            }
        }
        int shared = 0;
        for (int i = 0; i < figureLines.size(); i++) {
            float[] a = figureLines.get(i);
            int level = 0;
            boolean firstAtLevel = true;
            for (int j = 0; j < figureLines.size(); j++) {
                float[] b = figureLines.get(j);
                if (Math.abs(a[0] - b[0]) <= a[1] / 2) {
                    level++;
                    firstAtLevel &= j >= i;
                }
            }
            shared += level >= 2 && firstAtLevel ? 1 : 0;
        }
        return shared;
    }

    /** Leading rows whose text is all bold or that sit on a shaded band; never every row. */
    private static int headerRows(Page page, RuledGrid grid, List<Integer> rows, List<Integer> cols, String[][] text,
                                  boolean[][] bold) {
        int headers = 0;
        for (int i = 0; i < rows.size() - 1; i++) {
            int r = rows.get(i);
            boolean allBold = true;
            boolean any = false;
            for (int c : cols) {
                if (!text[r][c].isEmpty()) {
                    any = true;
                    allBold &= bold[r][c];
                }
            }
            boolean shaded = shaded(page.fills(), grid, r);
            if (any && (allBold || shaded)) {
                headers++;
            } else {
                break;
            }
        }
        return headers;
    }

    private static boolean shaded(List<FilledArea> fills, RuledGrid grid, int row) {
        float midY = (grid.rowTop(row) + grid.rowBottom(row)) / 2;
        float midX = (grid.x0() + grid.x1()) / 2;
        return fills.stream().anyMatch(f -> f.gray() < 0.95f && f.contains(midX, midY));
    }

    private static boolean anyText(String[] row) {
        for (String s : row) {
            if (!s.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsTaken(RuledGrid grid, List<float[]> taken) {
        for (float[] t : taken) {
            if (grid.x0() < t[2] && grid.x1() > t[0] && grid.top() < t[3] && grid.bottom() > t[1]) {
                return true;
            }
        }
        return false;
    }

    /** Connected groups of rulings: two rulings are connected when they cross or touch. */
    static List<List<Ruling>> frames(List<Ruling> rulings) {
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(rulings.get(i), rulings.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        java.util.Map<Integer, List<Ruling>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rulings.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static boolean touch(Ruling a, Ruling b) {
        if (a.horizontal() == b.horizontal()) {
            return false;
        }
        Ruling h = a.horizontal() ? a : b;
        Ruling v = a.horizontal() ? b : a;
        return v.x0() >= h.x0() - TOLERANCE && v.x0() <= h.x1() + TOLERANCE
                && h.top() >= v.top() - TOLERANCE && h.top() <= v.bottom() + TOLERANCE;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
