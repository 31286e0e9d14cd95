package org.boardpack.ingest;

import java.nio.file.Path;

/**
 * A file let in by its attributes ({@link FileIngester#admit}) and then hashed, once: the stamp taken
 * before the hash tells afterwards whether the file changed while it was hashed or read, and the
 * digest serves both the index's "is it unchanged?" question and the record's identity, so the
 * file's bytes are not hashed a second time when it is read.
 */
public record AdmittedFile(Path path, FileStamp stamp, String sha256) {

    /**
     * @throws IngestException what {@link FileIngester#admit} refuses, or {@code UNREADABLE} when the
     *                         bytes cannot be read to hash them
     */
    public static AdmittedFile of(Path file, IngestLimits limits) throws IngestException {
        FileStamp stamp = FileIngester.admit(file, limits);
        return new AdmittedFile(file, stamp, FileIngester.sha256(file));
    }
}
