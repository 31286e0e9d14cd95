package org.boardpack.spark;

import java.time.Duration;
import org.boardpack.ingest.IngestLimits;

/**
 * How a backfill reads each file — the same limits, time limit and OCR choice as {@code ingest} —
 * and how it cuts the work: {@code batchFiles} files are committed to the output together (a
 * killed job loses at most the batch in flight; 0: {@value #FILES_PER_CORE} per core of the cluster,
 * so each core has enough files that the wait for a batch's slowest file is a small part of the
 * batch), each batch spread over {@code partitions} tasks (0: four per core, so a slow file does
 * not hold back a core's share).
 *
 * @param timeout the per-file time limit, {@link Duration#ZERO} for none
 */
public record BackfillSettings(Duration timeout, IngestLimits limits, boolean ocr, int batchFiles, int partitions) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    public static final int DEFAULT_BATCH_FILES = 0;
    public static final int FILES_PER_CORE = 200;

    public BackfillSettings {
        if (timeout.isNegative() || batchFiles < 0 || partitions < 0) {
            throw new IllegalArgumentException("no negative time limit, batch size or partitions");
        }
    }

    public static BackfillSettings defaults() {
        return new BackfillSettings(DEFAULT_TIMEOUT, IngestLimits.DEFAULTS, false, DEFAULT_BATCH_FILES, 0);
    }

    public BackfillSettings withBatchFiles(int files) {
        return new BackfillSettings(timeout, limits, ocr, files, partitions);
    }

    public BackfillSettings withTimeout(Duration limit) {
        return new BackfillSettings(limit, limits, ocr, batchFiles, partitions);
    }
}
