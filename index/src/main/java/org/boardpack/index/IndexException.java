package org.boardpack.index;

import java.nio.file.Path;

/**
 * The index could not be opened, read or written; the message says which directory and why. A
 * {@link DamagedIndexException} when the cause is damage to the index's files.
 */
public class IndexException extends Exception {

    public IndexException(Path dir, String what, Throwable cause) {
        super(what + " (index " + dir + ")" + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }

    /** A message given whole, for subclasses that say more. */
    protected IndexException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The exception for {@code cause} met while doing {@code what}: a {@link DamagedIndexException}
     * when Lucene found the index's files damaged (a checksum or structure that does not verify),
     * otherwise a plain one. Every reader and the writer build theirs here, so damage is always
     * told as damage, with what to do.
     */
    public static IndexException of(Path dir, String what, Throwable cause) {
        return IndexIntegrity.isDamage(cause) ? new DamagedIndexException(dir, cause) : new IndexException(dir, what, cause);
    }
}
