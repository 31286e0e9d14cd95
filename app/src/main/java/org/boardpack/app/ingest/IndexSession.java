package org.boardpack.app.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.boardpack.index.FailureRecord;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexLockedException;
import org.boardpack.index.PackIndexWriter;

/**
 * The frame every batch run shares, whatever it reads (source files, or records already
 * extracted): paths that cannot be used are reported first, then the index is opened for this run
 * alone, written in batched commits, committed at the end, and the run reported to the listener. A
 * run that cannot open or write the index still ends with a report saying why.
 */
final class IndexSession {

    /** What a run does with the open index. */
    interface Body {
        void run(PackIndexWriter writer, IngestRun run, BatchCommits commits, RunTally tally) throws IndexException;
    }

    private IndexSession() {
    }

    static RunReport run(BatchSettings settings, String extractorVersion, int files, List<FailureRecord> problems,
                         IngestListener listener, Body body) {
        RunTally tally = new RunTally(settings.index(), settings.threads());
        listener.started(files + problems.size(), settings.threads());
        for (FailureRecord problem : problems) {
            tally.failed(problem);
            listener.file(new FileEvent(problem.path(), FileEvent.Result.FAILED, 0, 0, problem));
        }
        String error = null;
        int heldFailures = 0;
        try (PackIndexWriter writer = new PackIndexWriter(settings.index(), extractorVersion)) {
            BatchCommits commits = new BatchCommits(writer, settings.commitEvery(), settings.commitInterval());
            Map<String, String> failedBefore = writer.failures().stream()
                    .collect(Collectors.toMap(FailureRecord::path, FailureRecord::kind, (a, b) -> b));
            body.run(writer, new IngestRun(writer, failedBefore, commits, tally, listener), commits, tally);
            commits.finish();
            heldFailures = writer.failures().size();
        } catch (IndexLockedException | IndexException e) {
            error = e.getMessage();
        }
        RunReport report = tally.report(error);
        listener.finished(report, heldFailures);
        return report;
    }

    /** The paths as a user would type them, for the listener. */
    static List<String> displayed(List<String> keys) {
        return keys.stream().map(p -> SourceFiles.display(Path.of(p))).toList();
    }
}
