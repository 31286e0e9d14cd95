package org.boardpack.corpus.eval;

import java.util.List;
import java.util.Map;

/**
 * The result of evaluating a corpus: scores per record type over all packs and per producer
 * family, and the packs that could not be read.
 */
public record EvalReport(String gold, int packs, int pages, double seconds, List<TypeScore> overall,
                         Map<String, ProducerScores> byProducer, List<String> failures) {

    /** Scores of the packs written by one family of software. */
    public record ProducerScores(int packs, int pages, List<TypeScore> scores) {
    }

    public TypeScore score(String type) {
        return overall.stream().filter(s -> s.type().equals(type)).findFirst().orElse(null);
    }
}
