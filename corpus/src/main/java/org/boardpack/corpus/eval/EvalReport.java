package org.boardpack.corpus.eval;

import java.util.List;
import java.util.Map;

/**
 * The result of evaluating a corpus: what was measured ({@code "real papers (accuracy)"} or
 * {@code "generated corpus (regression)"}), scores per record type over all papers, per producer
 * family and per file, and the papers that could not be read.
 */
public record EvalReport(String measure, String gold, int packs, int pages, double seconds, List<TypeScore> overall,
                         Map<String, ProducerScores> byProducer, List<FileScore> files, List<String> failures) {

    /** Scores of the packs written by one family of software. */
    public record ProducerScores(int packs, int pages, List<TypeScore> scores) {
    }

    /** One file's records of every judged type together: how many were expected, produced, matched. */
    public record FileScore(String file, String producer, int expected, int produced, int matched) {

        /** A file that yields nothing although its answers hold records: the failure users notice first. */
        public boolean yieldedNothing() {
            return expected > 0 && produced == 0;
        }
    }

    public TypeScore score(String type) {
        return overall.stream().filter(s -> s.type().equals(type)).findFirst().orElse(null);
    }
}
