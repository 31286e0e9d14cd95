package org.boardpack.spark;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.boardpack.model.PackRecord;
import org.boardpack.model.context.ExtractionWarning;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.ResourceExhaustion;

/**
 * One file on an executor: fetched to local disk when it lives on a cluster file system (the
 * readers need a seekable local file), hashed, and run through the pipeline within the per-file
 * time limit. Every typed failure (running out of heap or stack on the file among them, as in
 * {@code ingest}) becomes the file's {@link FileResult}; a defect (an unexpected exception) fails the task, so that Spark retries it and the driver can record the file at last.
 */
final class FileTask {

    private final FileProcessor processor;
    private final Duration timeout;
    private final Configuration conf;

    FileTask(FileProcessor processor, Duration timeout, Configuration conf) {
        this.processor = processor;
        this.timeout = timeout;
        this.conf = conf;
    }

    FileResult run(SourceFile file) throws IOException {
        processor.prepare();
        Deadline deadline = deadline();
        Path local = SourcePaths.isLocal(file.path()) ? Path.of(file.path()) : fetch(file);
        String sha256 = null;
        try {
            sha256 = FileIngester.sha256(local);
            PackRecord record = TimedRun.call(() -> process(local, file.path(), deadline), deadline, local);
            return new FileResult(file, sha256, record, partial(record), Instant.now());
        } catch (IngestException e) {
            FileResult.Failure failure = new FileResult.Failure(e.kind().label(), e.getMessage(), e.page());
            return new FileResult(file, sha256, null, failure, Instant.now());
        } finally {
            if (!SourcePaths.isLocal(file.path())) {
                Files.deleteIfExists(local);
            }
        }
    }

    /** Running out of heap or stack on one file is that file's failure, as in {@code ingest}. */
    private PackRecord process(Path local, String shown, Deadline deadline) throws IngestException {
        try {
            return processor.process(local, shown, deadline);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw ResourceExhaustion.failure(local, null, e);
        }
    }

    /** A file read whose record lacks types an extractor failed on: kept as a failure too, as ingest does. */
    private static FileResult.Failure partial(PackRecord record) {
        if (record.warnings() == null || record.warnings().isEmpty()) {
            return null;
        }
        String reason = record.warnings().stream().map(ExtractionWarning::oneLine).collect(Collectors.joining("; "))
                + "; please report this file";
        return new FileResult.Failure(FailureKind.PARTLY_EXTRACTED.label(), reason, record.warnings().getFirst().page());
    }

    private Path fetch(SourceFile file) throws IOException {
        org.apache.hadoop.fs.Path source = SourcePaths.hadoop(file.path());
        String name = source.getName();
        int dot = name.lastIndexOf('.');
        Path local = Files.createTempFile("boardpack-", dot < 0 ? "" : name.substring(dot));
        try (InputStream in = FileSystem.get(source.toUri(), conf).open(source)) {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        }
        return local;
    }

    private Deadline deadline() {
        if (timeout.isZero()) {
            return Deadline.none();
        }
        // the words of ingest's own time limit, so a failure reads the same from either
        String seconds = BigDecimal.valueOf(timeout.toNanos(), 9).stripTrailingZeros().toPlainString();
        return Deadline.after(timeout, "parsing and extraction took longer than " + seconds
                + " s; raise --timeout or check the file");
    }
}
