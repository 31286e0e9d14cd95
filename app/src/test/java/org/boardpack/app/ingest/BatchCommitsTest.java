package org.boardpack.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.boardpack.index.FailureRecord;
import org.boardpack.index.PackIndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch is committed when full, when its interval has passed (at a file or at a tick of the clock), and at the end. */
class BatchCommitsTest {

    @TempDir
    Path tmp;

    @Test
    void aPendingChangeWaitsForItsInterval() throws Exception {
        Path dir = tmp.resolve("index");
        try (PackIndexWriter writer = new PackIndexWriter(dir, "test")) {
            writer.commit();
            BatchCommits commits = new BatchCommits(writer, 100, Duration.ofHours(1));
            writer.recordFailure(failure("a.pdf"));
            commits.changed();
            commits.tick();
            assertEquals(0, committedDocuments(dir), "neither the batch nor the interval is full");
            commits.finish();
            assertEquals(1, committedDocuments(dir), "the end of the run commits what is pending");
        }
    }

    @Test
    void theClockCommitsWhatIsPendingOnceTheIntervalHasPassed() throws Exception {
        Path dir = tmp.resolve("index");
        AtomicLong now = new AtomicLong();
        try (PackIndexWriter writer = new PackIndexWriter(dir, "test")) {
            writer.commit();
            BatchCommits commits = new BatchCommits(writer, 100, Duration.ofSeconds(10), now::get);
            now.set(seconds(11));
            commits.tick();
            assertEquals(0, committedDocuments(dir), "nothing pending, nothing to commit");
            writer.recordFailure(failure("b.pdf"));
            commits.changed(); // the interval had passed: committed with the file
            assertEquals(1, committedDocuments(dir));
            writer.recordFailure(failure("c.pdf"));
            commits.changed();
            now.set(seconds(16));
            commits.tick();
            assertEquals(1, committedDocuments(dir), "5 s after the last commit: not yet");
            now.set(seconds(21));
            commits.tick();
            assertEquals(2, committedDocuments(dir), "a tick past the interval commits the pending change");
        }
    }

    private static long seconds(int s) {
        return Duration.ofSeconds(s).toNanos();
    }

    @Test
    void aFullBatchIsCommittedAtOnce() throws Exception {
        Path dir = tmp.resolve("index");
        try (PackIndexWriter writer = new PackIndexWriter(dir, "test")) {
            writer.commit();
            BatchCommits commits = new BatchCommits(writer, 2, Duration.ofHours(1));
            writer.recordFailure(failure("c.pdf"));
            commits.changed();
            assertEquals(0, committedDocuments(dir));
            writer.recordFailure(failure("d.pdf"));
            commits.changed();
            assertEquals(2, committedDocuments(dir));
        }
    }

    private static FailureRecord failure(String name) {
        return new FailureRecord("/in/" + name, null, "damaged", "test", null, Instant.EPOCH);
    }

    private static int committedDocuments(Path dir) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            return r.numDocs();
        }
    }
}
