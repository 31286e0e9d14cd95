package org.boardpack.app.ingest;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How one batch run writes its index: which index, files worked on at once, the per-file time
 * limit ({@link Duration#ZERO} for none) and the commit batches (after this many changed files or
 * this long, whichever comes first).
 */
public record BatchSettings(Path index, int threads, Duration timeout, int commitEvery, Duration commitInterval) {

    public BatchSettings {
        if (threads < 1 || commitEvery < 1 || timeout.isNegative() || commitInterval.isNegative()) {
            throw new IllegalArgumentException("threads and commit batches of at least 1, no negative durations");
        }
    }
}
