package org.boardpack.corpus.eval;

import java.nio.file.Path;
import org.boardpack.model.PackRecord;
import org.boardpack.ingest.IngestException;

/** The pipeline under evaluation: one file in, its {@code boardpack/1} record out. */
@FunctionalInterface
public interface PackReader {

    PackRecord read(Path file) throws IngestException;
}
