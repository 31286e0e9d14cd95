package org.boardpack.ingest;

/** Why a file could not be ingested; each kind tells the operator what to do about it. */
public enum FailureKind {
    NOT_FOUND("not found"),
    UNREADABLE("cannot be read"),
    UNSUPPORTED_FORMAT("unsupported format"),
    ENCRYPTED("encrypted"),
    DAMAGED("damaged"),
    EMPTY("no pages"),
    NO_TEXT_LAYER("no text layer"),
    /** Pages that render well but whose text layer is junk (fonts without a usable Unicode mapping): read them by OCR. */
    GARBLED_TEXT_LAYER("garbled text layer"),
    /** The file was read but an extractor failed on it: a defect of ours, reported, never fatal to a batch. */
    EXTRACTION_FAILED("extraction failed"),
    /** The file was indexed, but one or more record types could not be extracted from it (each said). */
    PARTLY_EXTRACTED("partly extracted"),
    /** Over the run's per-file size or page limit: refused before (or instead of) parsing it all. */
    TOO_LARGE("too large"),
    /** Parsing and extraction took longer than the run's per-file time limit; the run went on without it. */
    TIMED_OUT("timed out"),
    /**
     * Reading the file would take more memory, stack or decoded bytes than one file may have (a
     * decompression bomb, nesting deeper than the stack): the reason says which budget was exceeded.
     * Skipped on later runs while its content is unchanged.
     */
    RESOURCE_LIMIT("resource limit"),
    /** The file's size or modification time changed while it was read: not indexed, read again next run. */
    CHANGED_WHILE_READ("changed while read");

    private final String label;

    FailureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
