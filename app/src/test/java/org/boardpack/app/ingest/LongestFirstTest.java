package org.boardpack.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.boardpack.ingest.Deadline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several workers start the largest files first; one worker keeps the order it was given. */
class LongestFirstTest {

    @TempDir
    Path dir;

    private Path file(String name, int bytes) throws Exception {
        return Files.write(dir.resolve(name), new byte[bytes]);
    }

    @Test
    void largestFirstTiesAndUnreadableFilesKeepTheirPlace() throws Exception {
        Path a = file("a.pdf", 10);
        Path b = file("b.pdf", 300);
        Path c = file("c.pdf", 10);
        Path d = file("d.pdf", 50);
        Path gone = dir.resolve("gone.pdf");
        assertEquals(List.of(b, d, a, c, gone), LongestFirst.order(List.of(a, gone, b, c, d)));
    }

    /**
     * Records the files in the order workers were handed them. With {@code firstTwo}, the first two
     * wait for each other before either finishes, so both are recorded before a third is handed out.
     */
    private record Recording(List<Path> started, AtomicInteger calls, CyclicBarrier firstTwo)
            implements FileWorkers.Worker {
        Recording(List<Path> started, boolean pairFirstTwo) {
            this(started, new AtomicInteger(), pairFirstTwo ? new CyclicBarrier(2) : null);
        }

        @Override
        public FileOutcome update(Path file, Deadline deadline) {
            started.add(file);
            if (firstTwo != null && calls.getAndIncrement() < 2) {
                try {
                    firstTwo.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("the first two files were not read side by side", e);
                }
            }
            return new FileOutcome.Unchanged(file.toString(), Duration.ZERO);
        }

        @Override
        public FileOutcome timedOut(Path file, Deadline deadline, Duration took) {
            throw new AssertionError("no file times out here");
        }
    }

    @Test
    void twoWorkersLeaveTheSmallestFileToLast() throws Exception {
        Path small = file("a-small.pdf", 10);
        Path middle = file("b-middle.pdf", 100);
        Path large = file("c-large.pdf", 1000);
        List<Path> started = Collections.synchronizedList(new ArrayList<>());
        try (FileWorkers workers = new FileWorkers(new Recording(started, true), 2, null)) {
            workers.run(List.of(small, middle, large), o -> { });
        }
        // the third file is handed out only once one of the first two is done
        assertEquals(small, started.getLast(), "started: " + started);
    }

    @Test
    void oneWorkerReadsInTheOrderGiven() throws Exception {
        Path small = file("a-small.pdf", 10);
        Path large = file("b-large.pdf", 1000);
        List<Path> started = Collections.synchronizedList(new ArrayList<>());
        try (FileWorkers workers = new FileWorkers(new Recording(started, false), 1, null)) {
            workers.run(List.of(small, large), o -> { });
        }
        assertEquals(List.of(small, large), started);
    }
}
