package org.boardpack.app.ingest;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackIndexWriter;

/**
 * Commits the index every {@code files} changed files or every {@code interval}, whichever comes
 * first, and at the end. A commit fsyncs, so one per file made a nightly run slow; the price is that
 * a run killed between commits redoes the files changed since the last one (they are not current
 * in the index it left), never more than one batch. Looked at as each file finishes, and by the
 * clock while files are still being read.
 */
public final class BatchCommits {

    private final PackIndexWriter writer;
    private final int files;
    private final long intervalNanos;
    private final LongSupplier clock;
    private int pending;
    private long lastCommit;

    public BatchCommits(PackIndexWriter writer, int files, Duration interval) {
        this(writer, files, interval, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime} counts them */
    public BatchCommits(PackIndexWriter writer, int files, Duration interval, LongSupplier clock) {
        if (files < 1) {
            throw new IllegalArgumentException("a batch holds at least one file, not " + files);
        }
        this.writer = writer;
        this.files = files;
        this.intervalNanos = interval.toNanos();
        this.clock = clock;
        this.lastCommit = clock.getAsLong();
    }

    /** One more file changed in the index (its records, or its failure): commit if the batch is due. */
    public void changed() throws IndexException {
        pending++;
        if (pending >= files || intervalPassed()) {
            commit();
        }
    }

    /** The clock moved on with no file finished: commit what is pending if the interval has passed. */
    public void tick() throws IndexException {
        if (pending > 0 && intervalPassed()) {
            commit();
        }
    }

    /** Commits what is pending, if anything. */
    public void finish() throws IndexException {
        if (pending > 0) {
            commit();
        }
    }

    private boolean intervalPassed() {
        return clock.getAsLong() - lastCommit >= intervalNanos;
    }

    private void commit() throws IndexException {
        writer.commit();
        pending = 0;
        lastCommit = clock.getAsLong();
    }
}
