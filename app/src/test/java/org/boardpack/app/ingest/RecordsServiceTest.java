package org.boardpack.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.model.BoardpackCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records in, index out, as a service: JSON Lines loaded, a bad line a failure, a second load unchanged. */
class RecordsServiceTest {

    @TempDir
    Path tmp;

    private final BoardpackCodec codec = new BoardpackCodec();

    private static PackRecord pack(String path) {
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo(path, "sha-" + path, 2, "pdf"), List.of(),
                List.of(new Meeting("board/2021-01-05", "Board", "2021-01-05", null, null)), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void linesAreIndexedABadOneFailsAndALaterLoadFindsThemUnchanged() throws Exception {
        StringWriter lines = new StringWriter();
        codec.writeLine(pack("/papers/a.pdf"), lines);
        lines.write("[1, 2]\n\n");
        codec.writeLine(pack("/papers/b.pdf"), lines);
        Path file = Files.writeString(tmp.resolve("run.jsonl"), lines.toString());
        BatchSettings settings = new BatchSettings(tmp.resolve("index"), 1, Duration.ZERO, 20, Duration.ofSeconds(10));

        RecordingListener first = new RecordingListener();
        RunReport report = new RecordsService(codec).load(List.of(file), settings, false, first);
        assertEquals(3, first.files, "the records to load, blank lines apart");
        assertEquals(List.of(FileEvent.Result.INGESTED, FileEvent.Result.FAILED, FileEvent.Result.INGESTED),
                first.results());
        assertEquals(RunReport.Outcome.SOME_FAILED, report.outcome());
        assertEquals(file + ":2", report.failures().getFirst().path());
        assertEquals(2, report.records().get("meetings"));

        RecordingListener again = new RecordingListener();
        new RecordsService(codec).load(List.of(file), settings, false, again);
        assertEquals(List.of(FileEvent.Result.UNCHANGED, FileEvent.Result.FAILED, FileEvent.Result.UNCHANGED),
                again.results());
    }
}
