package org.boardpack.corpus.eval;

import static org.boardpack.corpus.eval.ReferenceScorer.list;
import static org.boardpack.corpus.eval.ReferenceText.norm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tables as the reference scorer judges them: each answer table, in order, takes the unused
 * produced table holding the largest share of its distinct cell texts (found at ≥ 0.5, field
 * {@code table_found}); the counts are ICDAR 2013 adjacency relations (each non-empty cell with its
 * next non-empty cell to the right and below, compared by content), as distinct sets; a missed
 * table's relations are all missed, an unpaired produced table adds nothing.
 */
final class ReferenceTables {

    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");

    void score(List<JsonNode> gold, List<JsonNode> produced, Tally t) {
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (JsonNode g : gold) {
            Set<String> gc = cells(grid(g));
            double best = 0.0;
            int bestJ = -1;
            for (int j = 0; j < produced.size(); j++) {
                if (used.contains(j)) {
                    continue;
                }
                Set<String> sc = cells(grid(produced.get(j)));
                long shared = gc.stream().filter(sc::contains).count();
                double overlap = (double) shared / Math.max(1, gc.size());
                if (overlap > best) {
                    best = overlap;
                    bestJ = j;
                }
            }
            Set<String> gr = relations(grid(g));
            boolean found = bestJ >= 0 && best >= 0.5;
            t.field("table_found", found);
            if (found) {
                used.add(bestJ);
                Set<String> sr = relations(grid(produced.get(bestJ)));
                int both = (int) gr.stream().filter(sr::contains).count();
                tp += both;
                fn += gr.size() - both;
                fp += sr.size() - both;
            } else {
                fn += gr.size();
            }
        }
        t.outcomes(tp, fp, fn);
    }

    private static String[][] grid(JsonNode table) {
        List<JsonNode> rows = list(table.get("rows"));
        String[][] out = new String[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            List<JsonNode> cells = list(rows.get(i));
            out[i] = new String[cells.size()];
            for (int j = 0; j < cells.size(); j++) {
                JsonNode c = cells.get(j);
                out[i][j] = NOT_ALNUM.matcher(norm(c.isNull() ? null : c.asText())).replaceAll("");
            }
        }
        return out;
    }

    private static Set<String> cells(String[][] grid) {
        Set<String> out = new HashSet<>();
        for (String[] row : grid) {
            for (String c : row) {
                if (!c.isEmpty()) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static Set<String> relations(String[][] grid) {
        Set<String> rel = new HashSet<>();
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[i].length; j++) {
                String c = grid[i][j];
                if (c.isEmpty()) {
                    continue;
                }
                for (int jj = j + 1; jj < grid[i].length; jj++) {
                    if (!grid[i][jj].isEmpty()) {
                        rel.add(c + "\u0000" + grid[i][jj] + "\u0000h");
                        break;
                    }
                }
                for (int ii = i + 1; ii < grid.length; ii++) {
                    if (j < grid[ii].length && !grid[ii][j].isEmpty()) {
                        rel.add(c + "\u0000" + grid[ii][j] + "\u0000v");
                        break;
                    }
                }
            }
        }
        return rel;
    }
}
