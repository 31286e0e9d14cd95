package org.boardpack.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.boardpack.app.ingest.PackPipeline;
import org.boardpack.extract.PackExtractor;
import org.boardpack.model.PackRecord;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.IngestLimits;
import org.boardpack.ingest.pdf.ScannedPageReader;

/**
 * The application layer's {@link PackPipeline}, built as {@code ingest} builds it (its limits, its
 * {@code --ocr}). The pipeline is stateless and takes seconds to load, so each executor JVM builds
 * one per setting and every task there shares it. Holds plain values: it travels to the executors.
 */
public record PipelineProcessor(long maxBytes, int maxPages, boolean ocr) implements FileProcessor {

    private static final Map<PipelineProcessor, PackPipeline> PIPELINES = new ConcurrentHashMap<>();

    public PipelineProcessor(IngestLimits limits, boolean ocr) {
        this(limits.maxBytes(), limits.maxPages(), ocr);
    }

    @Override
    public void prepare() {
        pipeline();
    }

    @Override
    public PackRecord process(Path localFile, String displayPath, Deadline deadline) throws IngestException {
        return pipeline().process(localFile, displayPath, deadline);
    }

    private PackPipeline pipeline() {
        return PIPELINES.computeIfAbsent(this, p -> new PackPipeline(new FileIngester(
                new IngestLimits(p.maxBytes(), p.maxPages()), ScannedPageReader.forRequest(p.ocr())), new PackExtractor()));
    }
}
