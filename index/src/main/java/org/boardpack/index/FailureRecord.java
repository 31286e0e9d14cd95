package org.boardpack.index;

import java.time.Instant;
import java.util.Objects;

/**
 * A file that could not be ingested, as kept in the index until the file succeeds, fails again
 * or is pruned.
 *
 * @param path   the file's key in the index (the same absolute path its records would carry)
 * @param sha256 the content hash, or {@code null} when the file could not even be read
 * @param kind   the failure kind as shown to users ({@code encrypted}, {@code damaged}, …)
 * @param reason what went wrong, in words an operator can act on
 * @param page   the 1-based page the problem was found on, or {@code null} for the whole file
 * @param time   when the failure happened
 */
public record FailureRecord(String path, String sha256, String kind, String reason, Integer page, Instant time) {

    public FailureRecord {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(time, "time");
    }

    /** {@code path[ page N]: kind - reason}, the same shape as the ingest's {@code FAILED} lines. */
    public String oneLine(String shownPath) {
        return shownPath + (page == null ? "" : " page " + page) + ": " + kind + " - " + reason;
    }
}
