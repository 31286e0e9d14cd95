package org.boardpack.corpus.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.boardpack.extract.tables.Table;

/**
 * Tables: each expected table is paired with the produced table sharing most of its cell texts
 * (found when at least half of its non-empty cells are there), best pairs first. Structure is
 * scored with the ICDAR 2013 adjacency relations: every non-empty cell with its nearest non-empty
 * neighbour to the right and below, compared by normalised content, micro-averaged over all tables
 * (relations of unpaired tables count as missed or spurious).
 */
final class TableScorer {

    static final double FOUND_SHARE = 0.5;

    void score(List<Table> expected, List<Table> produced, Map<String, Tally> out) {
        record Candidate(int e, int p, double share) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            for (int j = 0; j < produced.size(); j++) {
                double share = share(cells(expected.get(i)), cells(produced.get(j)));
                if (share >= FOUND_SHARE) {
                    candidates.add(new Candidate(i, j, share));
                }
            }
        }
        candidates.sort((a, b) -> Double.compare(b.share(), a.share()));
        int[] pairOf = new int[expected.size()];
        java.util.Arrays.fill(pairOf, -1);
        boolean[] usedP = new boolean[produced.size()];
        int found = 0;
        for (Candidate c : candidates) {
            if (pairOf[c.e()] >= 0 || usedP[c.p()]) {
                continue;
            }
            pairOf[c.e()] = c.p();
            usedP[c.p()] = true;
            found++;
        }
        Tally detection = new Tally();
        detection.counts(expected.size(), produced.size(), found);
        Tally structure = new Tally();
        for (int i = 0; i < expected.size(); i++) {
            Map<String, Integer> e = relations(expected.get(i));
            if (pairOf[i] < 0) {
                structure.counts(size(e), 0, 0);
                continue;
            }
            Map<String, Integer> p = relations(produced.get(pairOf[i]));
            structure.counts(size(e), size(p), shared(e, p));
            detection.field("header_rows", expected.get(i).headerRows() == produced.get(pairOf[i]).headerRows());
            detection.field("page", expected.get(i).page() == produced.get(pairOf[i]).page());
        }
        for (int j = 0; j < produced.size(); j++) {
            if (!usedP[j]) {
                structure.counts(0, size(relations(produced.get(j))), 0);
            }
        }
        out.put("tables", detection);
        out.put("table_structure", structure);
    }

    static Map<String, Integer> relations(Table t) {
        Map<String, Integer> out = new HashMap<>();
        List<List<String>> rows = t.rows();
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

    private static Map<String, Integer> cells(Table t) {
        Map<String, Integer> out = new HashMap<>();
        for (List<String> row : t.rows()) {
            for (String cell : row) {
                String n = norm(cell);
                if (!n.isEmpty()) {
                    out.merge(n, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    private static double share(Map<String, Integer> expected, Map<String, Integer> produced) {
        int total = size(expected);
        return total == 0 ? 0.0 : (double) shared(expected, produced) / total;
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

    /**
     * Content compared without case or whitespace: a cell's line breaks (and where a word was
     * broken) differ between producers and extractors, its characters do not.
     */
    static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
