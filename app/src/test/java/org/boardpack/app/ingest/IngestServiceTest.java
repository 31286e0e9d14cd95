package org.boardpack.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.boardpack.app.SamplePacks;
import org.boardpack.extract.PackExtractor;
import org.boardpack.ingest.FileIngester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch ingest as a service, without a command line: files indexed and reported through the
 * listener, a second run finding them unchanged, a missing root reported as a failure of the run.
 */
class IngestServiceTest {

    @TempDir
    Path tmp;

    private final IngestService service =
            new IngestService(() -> new PackPipeline(new FileIngester(), new PackExtractor()));

    private BatchSettings settings() {
        return new BatchSettings(tmp.resolve("index"), 1, Duration.ZERO, 20, Duration.ofSeconds(10));
    }

    @Test
    void filesAreIndexedThenFoundUnchanged() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("packs"));
        for (Path p : SamplePacks.smallest(2)) {
            Files.copy(p, dir.resolve(p.getFileName()));
        }
        RecordingListener first = new RecordingListener();
        RunReport report = service.ingest(List.of(dir), settings(), false, false, first);
        assertEquals(RunReport.Outcome.OK, report.outcome(), String.valueOf(report.error()));
        assertSame(report, first.finished);
        assertEquals(2, first.files);
        assertEquals(List.of(FileEvent.Result.INGESTED, FileEvent.Result.INGESTED), first.results());
        assertEquals(2, report.ingested());
        assertTrue(report.records().getOrDefault("meetings", 0) > 0, report.records().toString());

        RecordingListener again = new RecordingListener();
        RunReport second = service.ingest(List.of(dir), settings(), false, false, again);
        assertEquals(2, second.unchanged());
        assertEquals(List.of(FileEvent.Result.UNCHANGED, FileEvent.Result.UNCHANGED), again.results());

        Files.delete(dir.resolve(SamplePacks.smallest(1).getFirst().getFileName()));
        RecordingListener pruning = new RecordingListener();
        RunReport pruned = service.ingest(List.of(dir), settings(), false, true, pruning);
        assertEquals(1, pruned.pruned().size());
        assertEquals(1, pruning.pruned.size());
    }

    @Test
    void aMissingRootIsAFailureOfTheRunAndTheOthersGoOn() {
        RecordingListener listener = new RecordingListener();
        RunReport report = service.ingest(List.of(tmp.resolve("nowhere"), SamplePacks.smallest(1).getFirst()),
                settings(), false, false, listener);
        assertEquals(RunReport.Outcome.SOME_FAILED, report.outcome());
        assertEquals(1, report.ingested());
        assertEquals(List.of(FileEvent.Result.FAILED, FileEvent.Result.INGESTED), listener.results());
    }
}
