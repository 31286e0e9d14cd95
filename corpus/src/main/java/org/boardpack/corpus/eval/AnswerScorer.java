package org.boardpack.corpus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Scores one file's produced {@code boardpack/1} record against its answers, one tally per record
 * type judged. Two rule sets: {@link ReferenceScorer} for hand-written, partial answers (real
 * papers), and {@link PackScorer} for the generator's complete answers (regression).
 */
@FunctionalInterface
public interface AnswerScorer {

    Map<String, Tally> score(JsonNode answers, JsonNode produced);
}
