package org.boardpack.corpus.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How often a field was right on the matched records that were judged for it. */
public record FieldScore(int right, int judged) {

    @JsonProperty
    public double accuracy() {
        return judged == 0 ? 0.0 : (double) right / judged;
    }
}
