package org.boardpack.ingest.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ICDAR 2013 measure of a table's structure: every non-empty cell with its nearest non-empty
 * neighbour to the right and below, compared by normalised content, as multisets. Shared by the
 * corpus evaluator, the table benchmark and the detectors' tests so that all report one measure.
 */
public final class TableAdjacency {

    private TableAdjacency() {
    }

    public static Map<String, Integer> relations(List<List<String>> rows) {
        Map<String, Integer> out = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String cell = norm(rows.get(r).get(c));
                if (cell.isEmpty()) {
                    continue;
                }
                for (int c2 = c + 1; c2 < rows.get(r).size(); c2++) {
                    String right = norm(rows.get(r).get(c2));
                    if (!right.isEmpty()) {
                        out.merge(cell + "\u0001R\u0001" + right, 1, Integer::sum);
                        break;
                    }
                }
                for (int r2 = r + 1; r2 < rows.size(); r2++) {
                    String below = c < rows.get(r2).size() ? norm(rows.get(r2).get(c)) : "";
                    if (!below.isEmpty()) {
                        out.merge(cell + "\u0001B\u0001" + below, 1, Integer::sum);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The non-empty cells of a grid, normalised, as a multiset. */
    public static Map<String, Integer> cells(List<List<String>> rows) {
        Map<String, Integer> out = new HashMap<>();
        for (List<String> row : rows) {
            for (String c : row) {
                String n = norm(c);
                if (!n.isEmpty()) {
                    out.merge(n, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** Size of the multiset intersection. */
    public static int shared(Map<String, Integer> a, Map<String, Integer> b) {
        int n = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return n;
    }

    public static int size(Map<String, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Content compared without case or whitespace: a cell's line breaks (and where a word was
     * broken) differ between producers and extractors, its characters do not.
     */
    public static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
