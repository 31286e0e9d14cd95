package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.boardpack.app.ingest.BatchCommits;
import org.boardpack.app.ingest.FileEvent;
import org.boardpack.app.ingest.FileOutcome;
import org.boardpack.app.ingest.IngestListener;
import org.boardpack.app.ingest.IngestRun;
import org.boardpack.app.ingest.RunReport;
import org.boardpack.app.ingest.RunTally;
import org.boardpack.extract.PackExtractor;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.context.ExtractionWarning;
import org.boardpack.index.FailureRecord;
import org.boardpack.index.PackIndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file indexed with a record type missing (its extractor failed) is kept in the index's failures
 * as {@code partly extracted}, reported, counted against the run's exit code, and not forgotten
 * while the file stays unchanged.
 */
class IngestRunTest {

    @TempDir
    Path tmp;

    private static PackRecord withWarning(String path) {
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo(path, "abc123", 2, "pdf"), List.of(), List.of(),
                List.of(), List.of(), null, List.of(), List.of(), List.of(),
                List.of(new ExtractionWarning("decisions", "IllegalStateException: odd layout", null)));
    }

    @Test
    void aPartlyExtractedFileIsIndexedReportedAndKeptAsAFailure() throws Exception {
        String key = tmp.resolve("pack.pdf").toString();
        List<FileEvent> events = new ArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void started(int files, int threads) {
            }

            @Override
            public void file(FileEvent event) {
                events.add(event);
            }

            @Override
            public void pruned(List<String> removed, List<FailureRecord> notPruned) {
            }

            @Override
            public void finished(RunReport report, int heldFailures) {
            }
        };
        try (PackIndexWriter writer = new PackIndexWriter(tmp.resolve("index"), PackExtractor.VERSION)) {
            RunTally tally = new RunTally(tmp.resolve("index"), 1);
            IngestRun run = new IngestRun(writer, Map.of(), new BatchCommits(writer, 20, Duration.ofSeconds(10)), tally,
                    listener);
            run.accept(new FileOutcome.Extracted(key, withWarning(key), false, Duration.ofMillis(5)));

            FileEvent e = events.getFirst();
            assertEquals(FileEvent.Result.INGESTED, e.result());
            assertNotNull(e.failure());
            assertEquals("partly extracted", e.failure().kind());
            assertTrue(e.failure().reason().contains("decisions not extracted"), e.failure().reason());
            assertTrue(PlainLog.line(e).contains("WARNING"), PlainLog.line(e));
            assertEquals(RunReport.Outcome.SOME_FAILED, tally.report(null).outcome());
            assertEquals("partly extracted", writer.failures().getFirst().kind());

            // the next run finds the file unchanged: the failure still says the index lacks its decisions
            IngestRun next = new IngestRun(writer, Map.of(key, "partly extracted"),
                    new BatchCommits(writer, 20, Duration.ofSeconds(10)), new RunTally(tmp.resolve("index"), 1), listener);
            next.accept(new FileOutcome.Unchanged(key, Duration.ofMillis(1)));
            assertEquals(1, writer.failures().size());
        }
    }
}
