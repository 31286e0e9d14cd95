package org.boardpack.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * A per-file time limit that the reading code checks as it goes. PDFBox cannot be interrupted, so
 * a caller that stops waiting for a slow file also needs the work itself to give up: readers check
 * this between pages (and now and then inside a page), so a timed-out file stops soon after and
 * frees its thread and memory. Immutable; the clock is {@link System#nanoTime()}.
 */
public final class Deadline {

    private static final Deadline NONE = new Deadline(null, Long.MAX_VALUE, "");

    private final Duration limit;
    private final long endNanos;
    private final String reason;

    private Deadline(Duration limit, long endNanos, String reason) {
        this.limit = limit;
        this.endNanos = endNanos;
        this.reason = reason;
    }

    /** No limit: never passes. */
    public static Deadline none() {
        return NONE;
    }

    /**
     * A limit of {@code limit} from now.
     *
     * @param reason what a {@link FailureKind#TIMED_OUT} failure says, in words the operator can act on
     */
    public static Deadline after(Duration limit, String reason) {
        Objects.requireNonNull(limit, "limit");
        long now = System.nanoTime();
        long nanos = limit.toNanos();
        // saturate: a huge limit must not overflow into the past
        long end = nanos > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos;
        return new Deadline(limit, end, Objects.requireNonNull(reason, "reason"));
    }

    public boolean passed() {
        return this != NONE && System.nanoTime() - endNanos >= 0;
    }

    /** Nanoseconds left, 0 when passed; {@link Long#MAX_VALUE} for no limit. */
    public long remainingNanos() {
        return this == NONE ? Long.MAX_VALUE : Math.max(0, endNanos - System.nanoTime());
    }

    /** @throws IngestException {@code TIMED_OUT} when the limit has passed */
    public void check(Path file, Integer page) throws IngestException {
        if (passed()) {
            throw exceeded(file, page);
        }
    }

    /** The failure of a file that ran over this limit. */
    public IngestException exceeded(Path file, Integer page) {
        return new IngestException(FailureKind.TIMED_OUT, file, page, reason, null);
    }

    /** The limit, or {@code null} for none. */
    public Duration limit() {
        return limit;
    }
}
