package org.boardpack.ingest.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test-side measures of a detected table against an expected grid: cell agreement (share of the
 * expected non-empty cells, whitespace removed and case-folded, found in the table) and the ICDAR
 * 2013 adjacency F1 as the corpus evaluator computes it (each non-empty cell with its nearest
 * non-empty neighbour right and below, compared by normalised content).
 */
final class StreamScoring {

    private StreamScoring() {
    }

    static double cellAgreement(List<List<String>> expected, List<List<String>> produced) {
        Map<String, Integer> e = cells(expected);
        Map<String, Integer> p = cells(produced);
        int total = size(e);
        return total == 0 ? 0 : (double) shared(e, p) / total;
    }

    static double adjacencyF1(List<List<String>> expected, List<List<String>> produced) {
        Map<String, Integer> e = relations(expected);
        Map<String, Integer> p = relations(produced);
        int hit = shared(e, p);
        if (hit == 0) {
            return 0;
        }
        double precision = (double) hit / size(p);
        double recall = (double) hit / size(e);
        return 2 * precision * recall / (precision + recall);
    }

    /** The detected table that shares most cells with the expected grid, or null. */
    static DetectedTable best(List<List<String>> expected, List<DetectedTable> tables) {
        DetectedTable best = null;
        double score = -1;
        for (DetectedTable t : tables) {
            double s = cellAgreement(expected, t.rows());
            if (s > score) {
                score = s;
                best = t;
            }
        }
        return best;
    }

    private static Map<String, Integer> cells(List<List<String>> rows) {
        Map<String, Integer> out = new HashMap<>();
        for (List<String> row : rows) {
            for (String cell : row) {
                String n = cell.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
                if (!n.isEmpty()) {
                    out.merge(n, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    private static Map<String, Integer> relations(List<List<String>> rows) {
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

    private static int shared(Map<String, Integer> a, Map<String, Integer> b) {
        int n = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return n;
    }

    private static int size(Map<String, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** As the corpus evaluator: no case, spacing or punctuation differences. */
    static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}%.£$€-]+", " ").strip();
    }

    /** A CSV file as rows of cells (RFC 4180 quoting, cells may span lines). */
    static List<List<String>> readCsv(Path file) throws IOException {
        String s = Files.readString(file);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
