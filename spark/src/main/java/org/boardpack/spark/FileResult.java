package org.boardpack.spark;

import java.time.Instant;
import org.boardpack.model.PackRecord;

/**
 * What became of one file on an executor: its record (or {@code null}), the failure to keep for it
 * (or {@code null}: a partly extracted file has both), and what the manifest notes.
 *
 * @param sha256 the content hash, {@code null} when the file could not be read (or hashed in time)
 */
public record FileResult(SourceFile file, String sha256, PackRecord record, Failure failure, Instant time) {

    /** A failure in the shape {@code failures --json} prints; {@code kind} is the kind's label. */
    public record Failure(String kind, String reason, Integer page) {
    }

    public boolean extracted() {
        return record != null;
    }
}
