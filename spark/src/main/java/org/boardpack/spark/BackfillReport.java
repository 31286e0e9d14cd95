package org.boardpack.spark;

import java.time.Duration;
import java.util.List;

/**
 * What one run of the job did: files listed, skipped as done by an earlier run, read now (of them
 * failed, and of those recorded after their task died), pages read, batches committed, time.
 */
public record BackfillReport(int listed, int skipped, long processed, long failed, long crashed, long pages,
                             int batches, Duration took, List<String> problems) {

    public String summary() {
        double seconds = Math.max(took.toMillis(), 1) / 1000.0;
        return String.format(java.util.Locale.ROOT,
                "Listed %d file(s): %d already done, %d read (%d failed, %d of them after their task died); "
                        + "%d pages in %.1f s (%.1f pages/s) in %d batch(es)",
                listed, skipped, processed, failed, crashed, pages, seconds, pages / seconds, batches);
    }
}
