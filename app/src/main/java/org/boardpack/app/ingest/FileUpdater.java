package org.boardpack.app.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.boardpack.model.PackRecord;
import org.boardpack.index.FailureRecord;
import org.boardpack.index.IndexedFile;
import org.boardpack.ingest.AdmittedFile;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.IngestLimits;
import org.boardpack.ingest.ResourceExhaustion;

/**
 * Brings one file up to date, on a worker thread: refuses it on its size before reading it, hashes
 * it, decides from what the index held at the start of the run whether it needs parsing (a file
 * kept as a {@code resource limit} failure is not read again while unchanged), and parses and
 * extracts it if so; running out of heap or stack on it is a failure of this file alone. Shares nothing
 * mutable between files (the index snapshot is read-only, the pipeline stateless), so files can be
 * done in any order on any number of threads with the same records.
 */
public final class FileUpdater implements FileWorkers.Worker {

    /** Said of a {@code resource limit} failure kept without reading its unchanged file again. */
    private static final String NOT_READ_AGAIN = " (not read again: unchanged since; --force reads it)";

    private final Supplier<PackPipeline> pipelines;
    private final Map<String, IndexedFile> indexed;
    private final boolean reextract;
    private final IngestLimits limits;
    private final Map<String, FailureRecord> heldBack;
    private PackPipeline pipeline;

    /**
     * @param pipelines builds the pipeline, once, when the first file needs parsing: loading Tika
     *                  and the language models takes seconds a run with nothing new should not spend
     * @param indexed   what the index held for each file when the run started
     * @param reextract parse files already indexed again even when they are current
     */
    public FileUpdater(Supplier<PackPipeline> pipelines, Map<String, IndexedFile> indexed, boolean reextract) {
        this(pipelines, indexed, reextract, IngestLimits.DEFAULTS, Map.of());
    }

    /**
     * @param limits   a file over the size limit is refused before a byte of it is read
     * @param heldBack failures of kind {@code resource limit} by key: such a file is not read again
     *                 while its content is the same (a bomb must not cost every night), unless
     *                 {@code reextract}
     */
    public FileUpdater(Supplier<PackPipeline> pipelines, Map<String, IndexedFile> indexed, boolean reextract,
                       IngestLimits limits, Map<String, FailureRecord> heldBack) {
        this.pipelines = pipelines;
        this.indexed = Map.copyOf(indexed);
        this.reextract = reextract;
        this.limits = limits;
        this.heldBack = Map.copyOf(heldBack);
    }

    @Override
    public FileOutcome update(Path file, Deadline deadline) {
        long started = System.nanoTime();
        String key = IngestInputs.key(file).toString();
        String sha256 = null;
        try {
            // hashed once: the reader takes this digest rather than reading the bytes for it again
            AdmittedFile admitted = AdmittedFile.of(file, limits);
            sha256 = admitted.sha256();
            IndexedFile before = indexed.get(key);
            if (!reextract && before != null && before.isCurrent(sha256)) {
                return new FileOutcome.Unchanged(key, since(started));
            }
            FailureRecord held = heldBack.get(key);
            if (!reextract && held != null && sha256.equals(held.sha256())) {
                return new FileOutcome.Failed(key, sha256, stillHeld(file, held), since(started));
            }
            PackRecord record = process(admitted, key, deadline);
            boolean sameContent = before != null && before.sha256().equals(sha256);
            return new FileOutcome.Extracted(key, record, sameContent, since(started));
        } catch (IngestException e) {
            return new FileOutcome.Failed(key, sha256, e, since(started));
        }
    }

    /** Extraction can exhaust the heap or stack too; the reading stage catches its own. */
    private PackRecord process(AdmittedFile file, String key, Deadline deadline) throws IngestException {
        try {
            return pipeline().process(file, key, deadline);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw ResourceExhaustion.failure(file.path(), null, e);
        }
    }

    /** The failure kept for a file not read again, saying so once. */
    private static IngestException stillHeld(Path file, FailureRecord held) {
        String reason = held.reason().endsWith(NOT_READ_AGAIN) ? held.reason() : held.reason() + NOT_READ_AGAIN;
        return new IngestException(FailureKind.RESOURCE_LIMIT, file, held.page(), reason, null);
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
