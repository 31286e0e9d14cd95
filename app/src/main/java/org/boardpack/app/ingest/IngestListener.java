package org.boardpack.app.ingest;

import java.util.List;
import org.boardpack.index.FailureRecord;

/**
 * Is told what an {@code ingest} run does as it goes: a progress bar on a terminal, one line per
 * file otherwise, or JSON lines for a log shipper. Called from the one thread that writes the index.
 */
public interface IngestListener {

    /** Hears nothing: for callers that read the run's report and the index instead (tests, embedding code). */
    IngestListener SILENT = new IngestListener() {
        @Override
        public void started(int files, int threads) {
        }

        @Override
        public void file(FileEvent event) {
        }

        @Override
        public void pruned(List<String> removed, List<FailureRecord> notPruned) {
        }

        @Override
        public void finished(RunReport report, int heldFailures) {
        }
    };

    /** @param files how many files the run will look at */
    public void started(int files, int threads);

    public void file(FileEvent event);

    /** No file finished for a while (one long file, say): a progress bar redraws its clock. */
    default void waiting() {
    }

    /**
     * @param removed     the paths pruned from the index, as the user would type them
     * @param notPruned   the given paths not pruned under (missing, or empty), with why
     */
    public void pruned(List<String> removed, List<FailureRecord> notPruned);

    /**
     * @param heldFailures how many failed files the index keeps (this run's and earlier ones'), or
     *                     0 when the run could not proceed
     */
    public void finished(RunReport report, int heldFailures);
}
