package org.boardpack.ingest;

import java.nio.file.Path;

/**
 * A file that could not be ingested, with the reason in words a user can act on. {@code page} is
 * the 1-based page the problem was found on, or {@code null} when it concerns the whole file.
 */
public final class IngestException extends Exception {

    private final FailureKind kind;
    private final Path file;
    private final Integer page;

    public IngestException(FailureKind kind, Path file, Integer page, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
        this.file = file;
        this.page = page;
    }

    public IngestException(FailureKind kind, Path file, String reason) {
        this(kind, file, null, reason, null);
    }

    public FailureKind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }

    public Integer page() {
        return page;
    }

    /** One line: file, page if known, kind and reason. */
    public String oneLine() {
        String where = page == null ? file.toString() : file + " page " + page;
        return where + ": " + kind.label() + " - " + getMessage();
    }
}
