package org.boardpack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.boardpack.app.bodies.BodyCorrections;
import org.boardpack.app.ingest.BatchSettings;
import org.boardpack.app.ingest.IngestService;
import org.boardpack.app.ingest.PackPipeline;
import org.boardpack.app.ingest.RunReport;
import org.boardpack.extract.PackExtractor;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexIntegrity;
import org.boardpack.index.IndexLockedException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.bodies.BodiesFileException;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.SpareCores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Ingests files into the index: parsed and extracted on all cores, written from this thread as
 * each finishes, committed in batches. A bad or slow file is reported with its reason, kept in the
 * index as a failure and skipped, the others go on; unchanged files (same content, same extractor)
 * are not parsed again. One run at a time per index.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Parse board-pack PDFs, extract their boardpack/1 records and add them to the index.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was ingested (or was unchanged)", "1:some files failed; each is reported",
                "2:usage error",
                "3:the run could not proceed (another ingest holds the index, the index cannot be opened, "
                        + "the report cannot be written)"})
final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "PDF files or directories (searched recursively). Default: the bundled sample corpus.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    IndexOption index;

    @Mixin
    IngestLimitOptions limits;

    @Mixin
    OcrOption ocr;

    @Mixin
    BatchOptions batch;

    @Option(names = {"--reextract", "--force"},
            description = "Parse and extract again every file already indexed, even when neither it nor the extractor "
                    + "changed (counted as re-extracted, not as new). A newer extractor does this by itself for the "
                    + "files it would extract differently. --force is the same option under its older name.")
    boolean reextract;

    @Option(names = "--rebuild", description = "Move the index aside (to DIR.damaged-TIME, kept for inspection) and "
            + "build a new one from the given files: what to do when 'boardpack check' finds it damaged beyond repair.")
    boolean rebuild;

    @Option(names = "--prune", description = "Remove the records (and failures) of files no longer present under "
            + "the given paths. A path that is missing or holds no files is not pruned under.")
    boolean prune;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write a JSON report of the run (counts, pages, pages/s, time, failures) to FILE.")
    Path reportFile;

    @Option(names = "--body", paramLabel = "NAME",
            description = "Every file under the given paths is this body's papers, whatever they print (recorded with "
                    + "the index as a bodies-file declaration; see docs/bodies.md).")
    String body;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The run's cores not busy with a file, shared by its workers and its PDF reader (set per run). */
    private SpareCores cores = SpareCores.NONE;

    @Override
    public Integer call() {
        batch.validate(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rebuild) {
            String error = setAside(err);
            if (error != null) {
                err.println("boardpack: " + error);
                return ExitCodes.CANNOT_RUN;
            }
        }
        if (body != null) {
            if (body.isBlank() || paths.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--body needs a name and the paths whose files are that body's papers");
            }
            try {
                BodyCorrections corrections = new BodyCorrections(index.dir);
                for (Path p : paths) {
                    corrections.declareInput(body, p);
                }
            } catch (BodiesFileException e) {
                err.println("boardpack: " + e.getMessage());
                return ExitCodes.CANNOT_RUN;
            }
        }
        BatchSettings settings = new BatchSettings(index.dir, batch.threads(), batch.timeout(), batch.commitEvery,
                batch.commitInterval());
        // a long file may read pages on a core whose worker has no file left
        cores = new SpareCores(settings.threads());
        RunReport report = new IngestService(this::pipeline, limits.limits(), cores).ingest(
                paths.isEmpty() ? List.of(BoardpackCommand.defaultCorpus()) : paths, settings, reextract, prune,
                RunListeners.of(batch.logFormat, prune, out, err));
        return RunEnding.finish(report, reportFile, out, err);
    }

    /** {@code --rebuild}: the old index moved aside; the error that stops the run, or {@code null}. */
    private String setAside(PrintWriter err) {
        try {
            Path aside = IndexIntegrity.setAside(index.dir);
            if (aside != null) {
                err.println("ingest: the old index was moved to " + aside + "; building a new one");
                // the bodies corrections are the user's, not the index's: they stay with the new index
                Path corrections = PackSearcher.correctionsFile(aside);
                if (java.nio.file.Files.isRegularFile(corrections)) {
                    java.nio.file.Files.createDirectories(index.dir);
                    java.nio.file.Files.copy(corrections, PackSearcher.correctionsFile(index.dir));
                }
            }
            return null;
        } catch (IndexLockedException | IndexException e) {
            return e.getMessage();
        } catch (IOException e) {
            return "cannot keep the bodies corrections of the old index: " + e.getMessage();
        }
    }

    /** The one place the ingest and extract stages are built; shared by every worker (they are stateless). */
    private PackPipeline pipeline() {
        return new PackPipeline(new FileIngester(limits.limits(), ocr.scannedPages(), cores), new PackExtractor());
    }
}
