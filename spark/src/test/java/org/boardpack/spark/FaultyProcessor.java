package org.boardpack.spark;

import java.nio.file.Path;
import org.boardpack.model.PackRecord;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.IngestException;

/**
 * The real pipeline, except for two files: one named {@code hangs.pdf} whose parser never returns
 * and ignores its deadline (as a PDFBox loop would), and one named {@code crashes.pdf} that kills
 * the task with an unexpected error every time (a defect, not a typed failure).
 */
record FaultyProcessor(PipelineProcessor real) implements FileProcessor {

    static final String HANGS = "hangs.pdf";
    static final String CRASHES = "crashes.pdf";

    @Override
    public void prepare() {
        real.prepare();
    }

    @Override
    public PackRecord process(Path localFile, String displayPath, Deadline deadline) throws IngestException {
        if (displayPath.endsWith("/" + HANGS)) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("woken after the task gave up");
        }
        if (displayPath.endsWith("/" + CRASHES)) {
            throw new AssertionError("simulated crash of the parser");
        }
        return real.process(localFile, displayPath, deadline);
    }
}
