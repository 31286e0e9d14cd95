package org.boardpack.app.ingest;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.index.FailureRecord;

/** Keeps what a run told its listener, for tests of the batch services. */
final class RecordingListener implements IngestListener {

    int files = -1;
    final List<FileEvent> events = new ArrayList<>();
    final List<String> pruned = new ArrayList<>();
    RunReport finished;

    @Override
    public void started(int files, int threads) {
        this.files = files;
    }

    @Override
    public void file(FileEvent event) {
        events.add(event);
    }

    @Override
    public void pruned(List<String> removed, List<FailureRecord> notPruned) {
        pruned.addAll(removed);
    }

    @Override
    public void finished(RunReport report, int heldFailures) {
        finished = report;
    }

    List<FileEvent.Result> results() {
        return events.stream().map(FileEvent::result).toList();
    }
}
