package org.boardpack.corpus.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Precision, recall and F1 of one record type, and the accuracy of each judged field on matched
 * records. With nothing produced, precision is 1 if nothing was expected, else 0; with nothing expected,
 * recall is 1 (the reference scorer's conventions).
 */
public record TypeScore(String type, int expected, int produced, int matched, Map<String, FieldScore> fields) {

    @JsonProperty
    public double precision() {
        // as the reference scorer: nothing produced is perfect precision only when nothing was missed
        return produced == 0 ? (expected == 0 ? 1.0 : 0.0) : (double) matched / produced;
    }

    @JsonProperty
    public double recall() {
        return expected == 0 ? 1.0 : (double) matched / expected;
    }

    @JsonProperty
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
