package org.boardpack.app.ingest;

import java.nio.file.Path;
import org.boardpack.extract.PackExtractor;
import org.boardpack.model.PackRecord;
import org.boardpack.ingest.AdmittedFile;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.ParsedDocument;

/** ingest then extract, for one file: {@code bytes → ParsedDocument → PackRecord}. */
public final class PackPipeline {

    private final FileIngester ingester;
    private final PackExtractor extractor;

    public PackPipeline(FileIngester ingester, PackExtractor extractor) {
        this.ingester = ingester;
        this.extractor = extractor;
    }

    /** @param displayPath the path written into the record's {@code source.path} */
    public PackRecord process(Path file, String displayPath) throws IngestException {
        return process(file, displayPath, Deadline.none());
    }

    /**
     * As {@link #process(Path, String)}, giving up with a {@code TIMED_OUT} failure once the deadline
     * passes: checked while reading and again before extracting.
     */
    public PackRecord process(Path file, String displayPath, Deadline deadline) throws IngestException {
        return extract(file, ingester.ingest(file, deadline), displayPath, deadline);
    }

    /** As {@link #process(Path, String, Deadline)} for a file already admitted and hashed: not hashed again. */
    public PackRecord process(AdmittedFile file, String displayPath, Deadline deadline) throws IngestException {
        return extract(file.path(), ingester.ingest(file, deadline), displayPath, deadline);
    }

    private PackRecord extract(Path file, ParsedDocument doc, String displayPath, Deadline deadline)
            throws IngestException {
        deadline.check(file, null);
        try {
            return extractor.extract(doc, displayPath);
        } catch (RuntimeException | StackOverflowError e) {
            // an extractor's defect on one odd file must not end the batch: report it with the file
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new IngestException(FailureKind.EXTRACTION_FAILED, file, null,
                    "an extractor failed (" + reason.strip() + "); please report this file", e);
        }
    }
}
