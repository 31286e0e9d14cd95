package org.boardpack.index;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Another process is writing the index. Carries the holder when it could be told, so the
 * operator can find it; the lock is released by the OS when that process ends, however it ends.
 */
public final class IndexLockedException extends Exception {

    private final Path dir;
    private final LockHolder holder;

    IndexLockedException(Path dir, LockHolder holder) {
        super(message(dir, holder));
        this.dir = dir;
        this.holder = holder;
    }

    public Path dir() {
        return dir;
    }

    /** The holder as it wrote itself down; empty when it had not yet, or the note is from a dead run. */
    public Optional<LockHolder> holder() {
        return Optional.ofNullable(holder);
    }

    private static String message(Path dir, LockHolder holder) {
        String who = holder == null
                ? "another process (it has not written down who it is yet)"
                : "another ingest (" + holder.describe() + ")";
        return "the index " + dir + " is being written by " + who
                + "; only one ingest may write an index at a time — wait for it to finish, then run again";
    }
}
