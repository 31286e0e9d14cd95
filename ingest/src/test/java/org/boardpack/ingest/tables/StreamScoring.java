package org.boardpack.ingest.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        return TableAdjacency.cells(rows);
    }

    private static Map<String, Integer> relations(List<List<String>> rows) {
        return TableAdjacency.relations(rows);
    }

    private static int shared(Map<String, Integer> a, Map<String, Integer> b) {
        return TableAdjacency.shared(a, b);
    }

    private static int size(Map<String, Integer> m) {
        return TableAdjacency.size(m);
    }

    /** A CSV file as rows of cells. */
    static List<List<String>> readCsv(Path file) throws IOException {
        return TableCsv.parse(Files.readString(file));
    }
}
