package org.boardpack.spark;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.IngestException;

/**
 * Runs one file's work on its own daemon thread and stops waiting at the deadline. PDFBox cannot be
 * interrupted, so a file given up on keeps its thread until the reader notices the same deadline
 * (it checks between pages) and stops by itself; the task moves on to its next file at once.
 */
final class TimedRun {

    private TimedRun() {
    }

    /**
     * @return the work's result
     * @throws IngestException the work's own typed failure, or {@code TIMED_OUT} at the deadline
     * @throws RuntimeException a defect of the work, passed on so the task fails and Spark retries it
     */
    static <T> T call(Callable<T> work, Deadline deadline, java.nio.file.Path file) throws IngestException {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, "boardpack-file");
        thread.setDaemon(true);
        thread.start();
        try {
            long nanos = deadline.remainingNanos();
            return nanos == Long.MAX_VALUE ? task.get() : task.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw deadline.exceeded(file, null);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file, e);
        } catch (ExecutionException e) {
            return rethrow(e.getCause());
        }
    }

    private static <T> T rethrow(Throwable cause) throws IngestException {
        if (cause instanceof IngestException ingest) {
            throw ingest;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }
}
