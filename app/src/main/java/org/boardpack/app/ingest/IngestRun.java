package org.boardpack.app.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.boardpack.model.context.ExtractionWarning;
import org.boardpack.index.FailureRecord;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackIndexWriter;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;

/**
 * Applies each file's outcome to the index, on the one thread that writes it: records replaced,
 * failures kept or cleared, in batched commits; and tells the tally and the listener.
 */
public final class IngestRun implements FileWorkers.Sink {

    private final PackIndexWriter writer;
    private final Map<String, String> failedBefore;
    private final BatchCommits commits;
    private final RunTally tally;
    private final IngestListener listener;

    /** @param failedBefore the paths the index kept a failure for when the run started, with its kind */
    public IngestRun(PackIndexWriter writer, Map<String, String> failedBefore, BatchCommits commits, RunTally tally,
              IngestListener listener) {
        this.writer = writer;
        this.failedBefore = Map.copyOf(failedBefore);
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
                String kind = failedBefore.get(u.key());
                if (kind != null && !kind.equals(FailureKind.PARTLY_EXTRACTED.label())) {
                    // the content went back to an indexed version: a failure of the version between is history
                    writer.clearFailure(u.key());
                    commits.changed();
                }
                tally.unchanged();
                yield new FileEvent(shown, FileEvent.Result.UNCHANGED, 0, ms, null);
            }
            case FileOutcome.Extracted x -> {
                writer.replace(x.record());
                FailureRecord partial = partial(x);
                if (partial != null) {
                    // indexed, yet a record type is missing: kept as a failure until the file is read whole
                    writer.recordFailure(partial);
                    tally.failed(partial);
                }
                commits.changed();
                tally.ingested(x.record(), x.reextracted());
                yield new FileEvent(shown, x.reextracted() ? FileEvent.Result.REEXTRACTED : FileEvent.Result.INGESTED,
                        x.record().source().pages(), ms, partial);
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

    /** The failure of a file some of whose record types could not be extracted, or {@code null}. */
    private static FailureRecord partial(FileOutcome.Extracted x) {
        List<ExtractionWarning> warnings = x.record().warnings();
        if (warnings == null || warnings.isEmpty()) {
            return null;
        }
        String reason = warnings.stream().map(ExtractionWarning::oneLine).collect(Collectors.joining("; "))
                + "; please report this file";
        return new FailureRecord(x.key(), x.record().source().sha256(), FailureKind.PARTLY_EXTRACTED.label(), reason,
                warnings.getFirst().page(), Instant.now());
    }

    @Override
    public void idle() throws IndexException {
        commits.tick();
        listener.waiting();
    }
}
