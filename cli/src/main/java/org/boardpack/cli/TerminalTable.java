package org.boardpack.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows as aligned columns for people: each column as wide as its widest cell; when that is wider
 * than the terminal, the columns marked flexible (descriptions, snippets) give up width and wrap
 * their text at word boundaries onto continuation lines, so no cell is ever cut off. A width of 0
 * means unlimited (output to a pipe or a file is never wrapped).
 */
final class TerminalTable {

    /** @param flexible whether this column may be narrowed and wrapped to fit */
    record Column(String header, boolean flexible) {
        static Column fixed(String header) {
            return new Column(header, false);
        }

        static Column wrapping(String header) {
            return new Column(header, true);
        }
    }

    private static final String GAP = "  ";
    private static final int MIN_FLEXIBLE = 12;

    private final List<Column> columns;
    private final List<String[]> rows = new ArrayList<>();

    TerminalTable(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.columns = List.copyOf(columns);
    }

    /** Adds a row; a null cell prints as {@code -}. */
    TerminalTable row(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells for " + columns.size() + " columns");
        }
        String[] copy = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            copy[i] = cells[i] == null || cells[i].isBlank() ? "-" : cells[i].strip().replaceAll("\\s+", " ");
        }
        rows.add(copy);
        return this;
    }

    int size() {
        return rows.size();
    }

    /** The table, header first, each line ending in a newline. */
    String render(int width) {
        int[] widths = fit(natural(), width);
        StringBuilder out = new StringBuilder();
        String[] header = columns.stream().map(Column::header).toArray(String[]::new);
        appendRow(out, header, widths);
        String[] rule = new String[widths.length];
        for (int i = 0; i < widths.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        appendRow(out, rule, widths);
        rows.forEach(r -> appendRow(out, r, widths));
        return out.toString();
    }

    private int[] natural() {
        int[] w = new int[columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = columns.get(i).header().length();
        }
        for (String[] r : rows) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        return w;
    }

    /** Narrows the flexible columns, widest first, until the row fits (or they reach their minimum). */
    private int[] fit(int[] natural, int width) {
        int[] w = natural.clone();
        if (width <= 0) {
            return w;
        }
        int excess = total(w) - width;
        while (excess > 0) {
            int widest = -1;
            for (int i = 0; i < w.length; i++) {
                if (columns.get(i).flexible() && w[i] > MIN_FLEXIBLE && (widest < 0 || w[i] > w[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break; // nothing left to give: the terminal wraps the line itself
            }
            int second = MIN_FLEXIBLE;
            for (int i = 0; i < w.length; i++) {
                if (i != widest && columns.get(i).flexible()) {
                    second = Math.max(second, w[i]);
                }
            }
            int cut = Math.min(excess, Math.max(1, w[widest] - second));
            w[widest] -= cut;
            excess -= cut;
        }
        return w;
    }

    private static int total(int[] w) {
        int sum = GAP.length() * (w.length - 1);
        for (int x : w) {
            sum += x;
        }
        return sum;
    }

    private static void appendRow(StringBuilder out, String[] cells, int[] widths) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> lines = wrap(cells[i], widths[i]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int line = 0; line < height; line++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                String part = line < wrapped.get(i).size() ? wrapped.get(i).get(line) : "";
                sb.append(part);
                if (i < cells.length - 1) {
                    sb.append(" ".repeat(widths[i] - part.length())).append(GAP);
                }
            }
            out.append(sb.toString().stripTrailing()).append('\n');
        }
    }

    /** Word-wraps text into lines no wider than width; a word longer than the width is split. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (text.length() <= width) {
            lines.add(text);
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.isEmpty()) {
                line.append(word);
            } else if (line.length() + 1 + word.length() <= width) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
