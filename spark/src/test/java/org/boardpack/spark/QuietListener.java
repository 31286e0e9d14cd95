package org.boardpack.spark;

import java.util.List;
import org.boardpack.app.ingest.FileEvent;
import org.boardpack.app.ingest.IngestListener;
import org.boardpack.app.ingest.RunReport;
import org.boardpack.index.FailureRecord;

/** A batch listener that hears nothing: the tests read the run's report and the index instead. */
final class QuietListener implements IngestListener {

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
}
