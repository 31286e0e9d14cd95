package org.boardpack.cli;

import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How {@code ingest} runs its batch: threads, the per-file time limit, commit batches, the log's form. */
final class BatchOptions {

    /** What the run prints as it goes. */
    enum LogFormat {
        /** a progress bar on a terminal, else {@code plain} */
        AUTO,
        /** one line per file on stderr, the summary on stdout */
        PLAIN,
        /** one JSON object per line on stdout, and nothing else */
        JSON
    }

    @Option(names = "--threads", paramLabel = "N",
            description = "Files parsed at once (default: the number of processors).")
    Integer threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up on a file after this long parsing and extracting it: it is recorded as "
                    + "'timed out' and the run goes on. 0 for no limit (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--commit-every", paramLabel = "FILES", defaultValue = "20",
            description = "Commit the index after this many changed files (default: ${DEFAULT-VALUE}).")
    int commitEvery;

    @Option(names = "--commit-interval", paramLabel = "SECONDS", defaultValue = "10",
            description = "... or after this long since the last commit, whichever comes first "
                    + "(default: ${DEFAULT-VALUE}). A killed run redoes the files changed since the last commit.")
    double commitSeconds;

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (a progress bar on a terminal, else plain), plain (one line per file on stderr) or "
                    + "json (one JSON object per event on stdout). Default: ${DEFAULT-VALUE}.")
    LogFormat logFormat;

    /** @throws CommandLine.ParameterException for a value out of range: a usage error */
    void validate(CommandLine cl) {
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1, not " + threads);
        }
        if (!(timeoutSeconds >= 0)) {
            throw new CommandLine.ParameterException(cl, "--timeout must be 0 (no limit) or more seconds");
        }
        if (commitEvery < 1) {
            throw new CommandLine.ParameterException(cl, "--commit-every must be at least 1 file");
        }
        if (!(commitSeconds >= 0)) {
            throw new CommandLine.ParameterException(cl, "--commit-interval must be 0 or more seconds");
        }
    }

    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The per-file limit, {@link Duration#ZERO} for none. */
    Duration timeout() {
        return seconds(timeoutSeconds);
    }

    Duration commitInterval() {
        return seconds(commitSeconds);
    }

    private static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }
}
