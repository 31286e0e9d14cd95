package org.boardpack.cli;

import java.time.Duration;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackIndexWriter;

/**
 * Commits the index every {@code files} changed files or every {@code interval}, whichever comes
 * first, and at the end. A commit fsyncs, so one per file made a nightly run slow; the price is that
 * a run killed between commits redoes the files changed since the last one (they are not current
 * in the index it left), never more than one batch. Looked at as each file finishes.
 */
final class BatchCommits {

    private final PackIndexWriter writer;
    private final int files;
    private final long intervalNanos;
    private int pending;
    private long lastCommit = System.nanoTime();

    BatchCommits(PackIndexWriter writer, int files, Duration interval) {
        if (files < 1) {
            throw new IllegalArgumentException("a batch holds at least one file, not " + files);
        }
        this.writer = writer;
        this.files = files;
        this.intervalNanos = interval.toNanos();
    }

    /** One more file changed in the index (its records, or its failure): commit if the batch is due. */
    void changed() throws IndexException {
        pending++;
        if (pending >= files || System.nanoTime() - lastCommit >= intervalNanos) {
            commit();
        }
    }

    /** Commits what is pending, if anything. */
    void finish() throws IndexException {
        if (pending > 0) {
            commit();
        }
    }

    private void commit() throws IndexException {
        writer.commit();
        pending = 0;
        lastCommit = System.nanoTime();
    }
}
