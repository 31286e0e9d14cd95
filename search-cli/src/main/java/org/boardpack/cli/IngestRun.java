package org.boardpack.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.boardpack.index.FailureRecord;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackIndexWriter;
import org.boardpack.ingest.IngestException;

/**
 * Applies each file's outcome to the index, on the one thread that writes it: records replaced,
 * failures kept or cleared, in batched commits; and tells the tally and the listener.
 */
final class IngestRun implements FileWorkers.Sink {

    private final PackIndexWriter writer;
    private final Set<String> failedBefore;
    private final BatchCommits commits;
    private final RunTally tally;
    private final IngestListener listener;

    /** @param failedBefore the paths the index kept a failure for when the run started */
    IngestRun(PackIndexWriter writer, Set<String> failedBefore, BatchCommits commits, RunTally tally,
              IngestListener listener) {
        this.writer = writer;
        this.failedBefore = Set.copyOf(failedBefore);
        this.commits = commits;
        this.tally = tally;
        this.listener = listener;
    }

    @Override
    public void accept(FileOutcome outcome) throws IndexException {
        tally.worked(outcome.took());
        String shown = SourceFiles.display(Path.of(outcome.key()));
        long ms = outcome.took().toMillis();
        FileEvent event = switch (outcome) {
            case FileOutcome.Unchanged u -> {
                if (failedBefore.contains(u.key())) {
                    // the content went back to an indexed version: a failure of the version between is history
                    writer.clearFailure(u.key());
                    commits.changed();
                }
                tally.unchanged();
                yield new FileEvent(shown, FileEvent.Result.UNCHANGED, 0, ms, null);
            }
            case FileOutcome.Extracted x -> {
                writer.replace(x.record());
                commits.changed();
                tally.ingested(x.record(), x.reextracted());
                yield new FileEvent(shown, x.reextracted() ? FileEvent.Result.REEXTRACTED : FileEvent.Result.INGESTED,
                        x.record().source().pages(), ms, null);
            }
            case FileOutcome.Failed f -> {
                IngestException e = f.error();
                FailureRecord failure = new FailureRecord(f.key(), f.sha256(), e.kind().label(), e.getMessage(),
                        e.page(), Instant.now());
                writer.recordFailure(failure);
                commits.changed();
                tally.failed(failure);
                yield new FileEvent(shown, FileEvent.Result.FAILED, 0, ms, failure);
            }
        };
        listener.file(event);
    }

    @Override
    public void idle() throws IndexException {
        commits.tick();
        listener.waiting();
    }
}
