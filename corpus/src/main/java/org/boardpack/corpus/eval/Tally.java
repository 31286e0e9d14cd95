package org.boardpack.corpus.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts for one record type over one or more packs: how many records were expected, produced and
 * matched, and for each judged field how often it was right on matched records. An accumulator,
 * owned by one evaluation run.
 */
public final class Tally {

    private int expected;
    private int produced;
    private int matched;
    private final Map<String, int[]> fields = new LinkedHashMap<>();

    void counts(int expected, int produced, int matched) {
        this.expected += expected;
        this.produced += produced;
        this.matched += matched;
    }

    /** The counts in the reference scorer's terms: true and false positives, false negatives. */
    void outcomes(int truePositives, int falsePositives, int falseNegatives) {
        counts(truePositives + falseNegatives, truePositives + falsePositives, truePositives);
    }

    void field(String name, boolean right) {
        int[] f = fields.computeIfAbsent(name, k -> new int[2]);
        f[0] += right ? 1 : 0;
        f[1]++;
    }

    void add(Tally other) {
        counts(other.expected, other.produced, other.matched);
        other.fields.forEach((name, f) -> {
            int[] mine = fields.computeIfAbsent(name, k -> new int[2]);
            mine[0] += f[0];
            mine[1] += f[1];
        });
    }

    public TypeScore score(String type) {
        Map<String, FieldScore> fs = new LinkedHashMap<>();
        fields.forEach((name, f) -> fs.put(name, new FieldScore(f[0], f[1])));
        return new TypeScore(type, expected, produced, matched, fs);
    }
}
