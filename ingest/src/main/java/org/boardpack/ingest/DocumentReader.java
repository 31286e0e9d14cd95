package org.boardpack.ingest;

import java.nio.file.Path;

/**
 * Reads one source file of a format already detected into the layout model. Implementations are
 * stateless and thread-safe.
 */
public interface DocumentReader {

    /**
     * @param sha256   the file's content hash, carried into the result as its identity
     * @param deadline checked as the reading goes; when it passes the read ends with its
     *                 {@code TIMED_OUT} failure
     */
    ParsedDocument read(Path file, String sha256, Deadline deadline) throws IngestException;
}
