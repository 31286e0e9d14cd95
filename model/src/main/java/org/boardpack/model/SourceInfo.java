package org.boardpack.model;

/**
 * Where a record came from: the file as given, its content hash, page count and format.
 * {@code producer} (an addition to the format) is the software that wrote the file, as the file
 * says, or {@code null}.
 */
public record SourceInfo(String path, String sha256, int pages, String format, String producer) {

    public SourceInfo(String path, String sha256, int pages, String format) {
        this(path, sha256, pages, format, null);
    }
}
