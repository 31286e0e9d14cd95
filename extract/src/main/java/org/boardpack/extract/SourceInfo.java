package org.boardpack.extract;

/** Where a record came from: the file as given, its content hash, page count and format. */
public record SourceInfo(String path, String sha256, int pages, String format) {
}
