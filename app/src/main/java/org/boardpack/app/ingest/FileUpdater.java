package org.boardpack.app.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.boardpack.extract.PackRecord;
import org.boardpack.index.IndexedFile;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;

/**
 * Brings one file up to date, on a worker thread: hashes it, decides from what the index held at
 * the start of the run whether it needs parsing, and parses and extracts it if so. Shares nothing
 * mutable between files (the index snapshot is read-only, the pipeline stateless), so files can be
 * done in any order on any number of threads with the same records.
 */
public final class FileUpdater implements FileWorkers.Worker {

    private final Supplier<PackPipeline> pipelines;
    private final Map<String, IndexedFile> indexed;
    private final boolean reextract;
    private PackPipeline pipeline;

    /**
     * @param pipelines builds the pipeline, once, when the first file needs parsing: loading Tika
     *                  and the language models takes seconds a run with nothing new should not spend
     * @param indexed   what the index held for each file when the run started
     * @param reextract parse files already indexed again even when they are current
     */
    public FileUpdater(Supplier<PackPipeline> pipelines, Map<String, IndexedFile> indexed, boolean reextract) {
        this.pipelines = pipelines;
        this.indexed = Map.copyOf(indexed);
        this.reextract = reextract;
    }

    @Override
    public FileOutcome update(Path file, Deadline deadline) {
        long started = System.nanoTime();
        String key = IngestInputs.key(file).toString();
        String sha256 = null;
        try {
            sha256 = FileIngester.sha256(file);
            IndexedFile before = indexed.get(key);
            if (!reextract && before != null && before.isCurrent(sha256)) {
                return new FileOutcome.Unchanged(key, since(started));
            }
            PackRecord record = pipeline().process(file, key, deadline);
            boolean sameContent = before != null && before.sha256().equals(sha256);
            return new FileOutcome.Extracted(key, record, sameContent, since(started));
        } catch (IngestException e) {
            return new FileOutcome.Failed(key, sha256, e, since(started));
        }
    }

    private synchronized PackPipeline pipeline() {
        if (pipeline == null) {
            pipeline = pipelines.get();
        }
        return pipeline;
    }

    @Override
    public FileOutcome timedOut(Path file, Deadline deadline, Duration took) {
        return new FileOutcome.Failed(IngestInputs.key(file).toString(), null, deadline.exceeded(file, null), took);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
