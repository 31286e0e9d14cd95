package org.boardpack.app.ingest;

import java.time.Duration;
import org.boardpack.model.PackRecord;
import org.boardpack.ingest.IngestException;

/** What became of one file of an {@code ingest} run, as a worker hands it to the index writer. */
public sealed interface FileOutcome {

    /** The file's key in the index: its absolute, normalised path. */
    public String key();

    /** Time spent on the file on its worker (hashing, parsing, extraction). */
    public Duration took();

    /** Already indexed with this content by this extractor: nothing parsed. */
    public record Unchanged(String key, Duration took) implements FileOutcome {
    }

    /**
     * Parsed and extracted.
     *
     * @param reextracted the same content was indexed before (by an older extractor, or
     *                    {@code --reextract} asked for it): not new to the index
     */
    public record Extracted(String key, PackRecord record, boolean reextracted, Duration took) implements FileOutcome {
    }

    /** @param sha256 the content hash, or {@code null} when the file could not be read (or hashed in time) */
    public record Failed(String key, String sha256, IngestException error, Duration took) implements FileOutcome {
    }
}
