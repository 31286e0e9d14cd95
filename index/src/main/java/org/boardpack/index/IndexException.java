package org.boardpack.index;

import java.nio.file.Path;

/** The index could not be opened, read or written; the message says which directory and why. */
public final class IndexException extends Exception {

    public IndexException(Path dir, String what, Throwable cause) {
        super(what + " (index " + dir + ")" + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }
}
