package org.boardpack.corpus.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.boardpack.model.tables.Table;
import org.boardpack.ingest.tables.TableAdjacency;

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
        return TableAdjacency.relations(t.rows());
    }

    private static Map<String, Integer> cells(Table t) {
        return TableAdjacency.cells(t.rows());
    }

    private static double share(Map<String, Integer> expected, Map<String, Integer> produced) {
        int total = size(expected);
        return total == 0 ? 0.0 : (double) shared(expected, produced) / total;
    }

    private static int shared(Map<String, Integer> a, Map<String, Integer> b) {
        return TableAdjacency.shared(a, b);
    }

    private static int size(Map<String, Integer> m) {
        return TableAdjacency.size(m);
    }
}
