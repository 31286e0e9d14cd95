package org.boardpack.corpus.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Precision, recall and F1 of one record type, and the accuracy of each judged field on matched
 * records. With nothing produced, precision is 0; with nothing expected the type is not judged.
 */
public record TypeScore(String type, int expected, int produced, int matched, Map<String, FieldScore> fields) {

    @JsonProperty
    public double precision() {
        return produced == 0 ? 0.0 : (double) matched / produced;
    }

    @JsonProperty
    public double recall() {
        return expected == 0 ? 0.0 : (double) matched / expected;
    }

    @JsonProperty
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
