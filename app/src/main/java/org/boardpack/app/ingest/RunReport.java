package org.boardpack.app.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.boardpack.index.FailureRecord;

/**
 * What one {@code ingest} run did, for the summary and the {@code --report} file.
 *
 * @param error    why the run could not proceed, or {@code null}
 * @param failures this run's failures: files (kept in the index too) and unusable paths
 * @param pruned   the index paths removed by {@code --prune}
 * @param ingested    files new or changed since the index last had them
 * @param reextracted files whose same content was extracted again (a newer extractor, or
 *                    {@code --reextract})
 * @param threads     how many files were worked on at once
 * @param parseSeconds the time workers spent on files (hashing, parsing, extraction), summed over
 *                    threads: about the CPU time parsing took
 */
public record RunReport(Outcome outcome, String error, Path index, Instant started, Instant finished, int ingested,
                 int reextracted, int unchanged, long pages, Map<String, Integer> records,
                 List<FailureRecord> failures, List<String> pruned, int threads, double parseSeconds) {

    /**
     * How the run ended, with the exit code a scheduler sees (the command line's, written into the
     * run report too, so a scheduler reading the report needs no mapping of its own).
     */
    public enum Outcome {
        OK(0), SOME_FAILED(1), COULD_NOT_RUN(3);

        public final int exitCode;

        Outcome(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    public RunReport {
        records = Map.copyOf(records);
        failures = List.copyOf(failures);
        pruned = List.copyOf(pruned);
    }

    public int failed() {
        return failures.size();
    }

    public double elapsedSeconds() {
        return Duration.between(started, finished).toNanos() / 1e9;
    }

    public double pagesPerSecond() {
        double s = elapsedSeconds();
        return s > 0 ? pages / s : 0.0;
    }
}
