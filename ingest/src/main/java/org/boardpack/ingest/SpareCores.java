package org.boardpack.ingest;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cores of a run not busy with a file of their own, which a long PDF may borrow to read some of
 * its pages on another thread. The run says when a file starts and ends on one of its workers; a
 * reader takes a spare core only when one is free, so a batch whose workers are all busy reads each
 * file on one thread as before, and a long file read while the others are done (or alone) uses them.
 */
public final class SpareCores {

    /** No core to spare: every file is read on the thread that reads it. */
    public static final SpareCores NONE = new SpareCores(0);

    private final AtomicInteger spare;

    /** @param cores the threads the run may keep busy at once */
    public SpareCores(int cores) {
        this.spare = new AtomicInteger(Math.max(0, cores));
    }

    /** A worker started on a file: one core fewer to spare. */
    public void fileStarted() {
        if (this != NONE) {
            spare.decrementAndGet();
        }
    }

    /** A worker finished its file: its core is spare until it starts another. */
    public void fileDone() {
        if (this != NONE) {
            spare.incrementAndGet();
        }
    }

    /** Takes a spare core if there is one; give it back with {@link #giveBack}. */
    public boolean tryTake() {
        while (true) {
            int now = spare.get();
            if (now <= 0) {
                return false;
            }
            if (spare.compareAndSet(now, now - 1)) {
                return true;
            }
        }
    }

    public void giveBack() {
        spare.incrementAndGet();
    }
}
