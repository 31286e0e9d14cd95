package org.boardpack.ingest;

import java.nio.file.Path;

/** Reads one source file into the layout model. Implementations are stateless and thread-safe. */
public interface DocumentReader {

    ParsedDocument read(Path file) throws IngestException;
}
