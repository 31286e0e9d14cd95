package org.boardpack.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.boardpack.model.PackRecord;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.IngestException;

/**
 * What an executor does with one local file: the one-file pipeline. Serializable, since Spark
 * ships it to every executor; an implementation builds its heavy parts (Tika, language models)
 * there, once per JVM, not on the driver.
 */
public interface FileProcessor extends Serializable {

    /**
     * Loads what the work needs before the first file's clock starts (once per JVM), so no file's
     * time limit pays for it. Nothing by default.
     */
    default void prepare() {
    }

    /** @param displayPath the path written into the record ({@code source.path}) */
    PackRecord process(Path localFile, String displayPath, Deadline deadline) throws IngestException;
}
