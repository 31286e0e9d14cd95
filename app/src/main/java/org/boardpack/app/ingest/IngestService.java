package org.boardpack.app.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.boardpack.extract.PackExtractor;
import org.boardpack.index.FailureRecord;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackIndexWriter;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestLimits;
import org.boardpack.ingest.SpareCores;

/**
 * The batch ingest: source files under the given roots parsed and extracted on worker threads,
 * written to the index from the calling thread as each finishes, in batched commits. A bad or slow
 * file is kept in the index as a failure and the others go on; unchanged files (same content, same
 * extractor) are not parsed again; with {@code prune}, the records of files gone from under a root
 * are removed. Progress is told to an {@link IngestListener}; the result is the run's report.
 */
public final class IngestService {

    private final Supplier<PackPipeline> pipelines;
    private final IngestLimits limits;
    private final SpareCores cores;

    /** With the default limits. */
    public IngestService(Supplier<PackPipeline> pipelines) {
        this(pipelines, IngestLimits.DEFAULTS);
    }

    /**
     * @param pipelines builds the pipeline once, when the first file needs parsing (shared by every
     *                  worker: the stages are stateless)
     * @param limits    the limits the pipeline's ingester applies: the size limit is checked here
     *                  too, before a file is hashed
     */
    public IngestService(Supplier<PackPipeline> pipelines, IngestLimits limits) {
        this(pipelines, limits, SpareCores.NONE);
    }

    /**
     * @param cores the cores the pipeline's reader may borrow for a long file: the run tells them
     *              when its workers start and finish files ({@code new SpareCores(threads)} shared
     *              with the pipeline's {@code FileIngester}, or {@link SpareCores#NONE})
     */
    public IngestService(Supplier<PackPipeline> pipelines, IngestLimits limits, SpareCores cores) {
        this.pipelines = pipelines;
        this.limits = limits;
        this.cores = cores;
    }

    /**
     * @param reextract parse files already indexed again even when they are current
     * @param prune     remove the records of files no longer under a root that expanded cleanly
     */
    public RunReport ingest(List<Path> roots, BatchSettings settings, boolean reextract, boolean prune,
                            IngestListener listener) {
        IngestInputs inputs = IngestInputs.expand(roots);
        return IndexSession.run(settings, PackExtractor.VERSION, inputs.files().size(), inputs.problems(), listener,
                (writer, run, commits, tally) -> {
                    FileUpdater updater = new FileUpdater(pipelines, writer.indexedFiles(), reextract, limits,
                            heldBack(writer.failures()));
                    try (FileWorkers workers = new FileWorkers(updater, settings.threads(), settings.timeout(), cores)) {
                        workers.run(inputs.files(), run);
                    }
                    if (prune) {
                        prune(writer, inputs, tally, listener);
                    }
                });
    }

    /**
     * The files kept as {@code resource limit} failures, by key: not read again while their
     * content is the same, so a decompression bomb costs one night, not every night.
     */
    private static Map<String, FailureRecord> heldBack(List<FailureRecord> failures) {
        return failures.stream()
                .filter(f -> f.kind().equals(FailureKind.RESOURCE_LIMIT.label()) && f.sha256() != null)
                .collect(Collectors.toMap(FailureRecord::path, f -> f, (a, b) -> b));
    }

    private static void prune(PackIndexWriter writer, IngestInputs inputs, RunTally tally, IngestListener listener)
            throws IndexException {
        Set<String> present = inputs.files().stream().map(f -> IngestInputs.key(f).toString()).collect(Collectors.toSet());
        PrunePlan plan = PrunePlan.of(writer.paths(), inputs.pruneRoots(), present);
        writer.remove(plan.remove());
        tally.pruned(plan.remove());
        listener.pruned(IndexSession.displayed(plan.remove()), inputs.problems());
    }
}
