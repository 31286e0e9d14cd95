package org.boardpack.ingest.tika;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a document table's cells on a grid: each cell takes the next free column of its row
 * (rows below a rowspan have that column occupied), column widths follow the longest word and the
 * text each column holds, scaled to fit the page width.
 */
record TableGrid(List<List<Placed>> placedRows, float[] columnX) {

    /** A cell at its grid position, with its horizontal extent relative to the table's left edge. */
    record Placed(Block.Cell cell, int column, float x0, float width) {
    }

    int rows() {
        return placedRows.size();
    }

    List<Placed> row(int r) {
        return placedRows.get(r);
    }

    static TableGrid of(Block.Table table, float maxWidth, float charWidth, float pad) {
        List<List<int[]>> positions = new ArrayList<>(); // per row: {column, colspan} for each cell
        List<int[]> pendingRowspans = new ArrayList<>(); // {column, colspan, rowsLeft}
        int columns = 0;
        for (List<Block.Cell> row : table.rows()) {
            List<int[]> placed = new ArrayList<>();
            int col = 0;
            for (Block.Cell cell : row) {
                col = nextFree(col, pendingRowspans);
                placed.add(new int[] {col, cell.colspan()});
                col += cell.colspan();
            }
            columns = Math.max(columns, Math.max(col, maxOccupied(pendingRowspans)));
            pendingRowspans.replaceAll(p -> new int[] {p[0], p[1], p[2] - 1});
            pendingRowspans.removeIf(p -> p[2] <= 0);
            for (int i = 0; i < row.size(); i++) {
                if (row.get(i).rowspan() > 1) {
                    pendingRowspans.add(new int[] {placed.get(i)[0], row.get(i).colspan(), row.get(i).rowspan() - 1});
                }
            }
            positions.add(placed);
        }
        float[] want = new float[Math.max(1, columns)];
        java.util.Arrays.fill(want, 4 * charWidth + 2 * pad);
        for (int r = 0; r < table.rows().size(); r++) {
            for (int i = 0; i < table.rows().get(r).size(); i++) {
                Block.Cell cell = table.rows().get(r).get(i);
                if (cell.colspan() == 1) {
                    int c = positions.get(r).get(i)[0];
                    want[c] = Math.max(want[c], Math.min(220, textWidth(cell, charWidth)) + 2 * pad);
                }
            }
        }
        float total = 0;
        for (float w : want) {
            total += w;
        }
        float scale = total > maxWidth ? maxWidth / total : 1f;
        float[] x = new float[want.length + 1];
        for (int c = 0; c < want.length; c++) {
            x[c + 1] = x[c] + want[c] * scale;
        }
        List<List<Placed>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<Placed> placed = new ArrayList<>();
            for (int i = 0; i < table.rows().get(r).size(); i++) {
                int c = positions.get(r).get(i)[0];
                int end = Math.min(want.length, c + positions.get(r).get(i)[1]);
                placed.add(new Placed(table.rows().get(r).get(i), c, x[c], x[end] - x[c]));
            }
            rows.add(placed);
        }
        return new TableGrid(rows, x);
    }

    private static int nextFree(int col, List<int[]> rowspans) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int[] p : rowspans) {
                if (col >= p[0] && col < p[0] + p[1]) {
                    col = p[0] + p[1];
                    moved = true;
                }
            }
        }
        return col;
    }

    private static int maxOccupied(List<int[]> rowspans) {
        return rowspans.stream().mapToInt(p -> p[0] + p[1]).max().orElse(0);
    }

    private static float textWidth(Block.Cell cell, float charWidth) {
        int chars = 0;
        for (List<Block.Run> para : cell.paragraphs()) {
            int n = 0;
            for (Block.Run r : para) {
                n += r.text().length();
            }
            chars = Math.max(chars, n);
        }
        return chars * charWidth;
    }
}
