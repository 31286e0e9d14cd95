package org.boardpack.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * A file's size and modification time, taken before and after it is read: when they differ the
 * file was being written (a copy still arriving, a sync rewriting it) and what was read is not the
 * file, so it is not indexed and is read again on the next run.
 */
public record FileStamp(long size, FileTime modified) {

    /** @throws IngestException {@code UNREADABLE} when the file's attributes cannot be read */
    public static FileStamp of(Path file) throws IngestException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(a.size(), a.lastModifiedTime());
        } catch (IOException e) {
            throw new IngestException(FailureKind.UNREADABLE, file, null, "cannot read its size: " + e.getMessage(), e);
        }
    }

    /** @throws IngestException {@code CHANGED_WHILE_READ} when the file is not as it was at {@code this} */
    public void unchangedSince(Path file) throws IngestException {
        FileStamp now = of(file);
        if (!now.equals(this)) {
            String what = now.size != size ? "its size went from " + size + " to " + now.size + " bytes"
                    : "it was modified at " + now.modified;
            throw new IngestException(FailureKind.CHANGED_WHILE_READ, file, null, what
                    + " while it was read, so it was not indexed; it is read again on the next run", null);
        }
    }
}
