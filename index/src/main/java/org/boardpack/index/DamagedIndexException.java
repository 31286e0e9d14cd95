package org.boardpack.index;

import java.nio.file.Path;

/**
 * The index's files are damaged (a flipped byte, a truncated segment, a lost file): Lucene's
 * checksums or structure do not verify. Its message is one line: what is damaged, and the command
 * that repairs it. Commands end with exit code 3 on it, never with a stack trace or results.
 */
public final class DamagedIndexException extends IndexException {

    /** What to do, as every damaged-index message ends. */
    public static final String ADVICE = "run 'boardpack check --repair' to drop the damaged part and read its files"
            + " again on the next ingest, or 'boardpack ingest --rebuild' to rebuild the index from the source files";

    public DamagedIndexException(Path dir, Throwable cause) {
        super("the index " + dir + " is damaged (" + IndexIntegrity.describe(cause) + "); " + ADVICE, cause);
    }

    public DamagedIndexException(Path dir, String what) {
        super("the index " + dir + " is damaged (" + what + "); " + ADVICE, null);
    }
}
