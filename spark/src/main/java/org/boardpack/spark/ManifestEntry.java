package org.boardpack.spark;

import org.boardpack.extract.PackExtractor;

/**
 * One line of the manifest: a file done by a run, with what identifies its content (size and
 * modification time as listed, SHA-256 as read) and the extractor version that read it. A later
 * run skips a file whose path, size, time and extractor match an entry without reading it ({@link Manifest}).
 *
 * @param outcome {@code extracted} or {@code failed}
 */
public record ManifestEntry(String path, long size, long modified, String sha256, String extractor,
                            String outcome, String time) {

    public static final String EXTRACTED = "extracted";
    public static final String FAILED = "failed";

    static ManifestEntry of(FileResult r) {
        return new ManifestEntry(r.file().path(), r.file().size(), r.file().modified(), r.sha256(),
                PackExtractor.VERSION, r.extracted() ? EXTRACTED : FAILED, r.time().toString());
    }
}
