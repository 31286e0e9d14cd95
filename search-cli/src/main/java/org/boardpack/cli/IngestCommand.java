package org.boardpack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.boardpack.extract.PackExtractor;
import org.boardpack.index.FailureRecord;
import org.boardpack.ingest.FailureKind;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexIntegrity;
import org.boardpack.index.IndexLockedException;
import org.boardpack.index.PackIndexWriter;
import org.boardpack.ingest.FileIngester;
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        batch.validate(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int threads = batch.threads();
        IngestListener listener = listener(out, err);
        RunTally tally = new RunTally(index.dir, threads);
        IngestInputs inputs = IngestInputs.expand(paths.isEmpty() ? List.of(BoardpackCommand.defaultCorpus()) : paths);
        listener.started(inputs.files().size() + inputs.problems().size(), threads);
        for (FailureRecord problem : inputs.problems()) {
            tally.failed(problem);
            listener.file(new FileEvent(problem.path(), FileEvent.Result.FAILED, 0, 0, problem));
        }
        String error = rebuild ? setAside(err) : null;
        int heldFailures = 0;
        if (error == null) {
            try (PackIndexWriter writer = new PackIndexWriter(index.dir, PackExtractor.VERSION)) {
                BatchCommits commits = new BatchCommits(writer, batch.commitEvery, batch.commitInterval());
                ingest(writer, inputs, commits, tally, listener, threads);
                if (prune) {
                    prune(writer, inputs, tally, listener);
                }
                commits.finish();
                heldFailures = writer.failures().size();
            } catch (IndexLockedException | IndexException e) {
                error = e.getMessage();
            }
        }
        RunReport report = tally.report(error);
        listener.finished(report, heldFailures);
        if (reportFile != null) {
            try {
                new RunReportWriter().write(report, reportFile);
            } catch (IOException e) {
                err.println("boardpack: cannot write the run report to " + reportFile + ": " + e.getMessage());
                return ExitCodes.CANNOT_RUN;
            }
        }
        out.flush();
        return report.outcome().exitCode;
    }

    /** {@code --rebuild}: the old index moved aside; the error that stops the run, or {@code null}. */
    private String setAside(PrintWriter err) {
        try {
            Path aside = IndexIntegrity.setAside(index.dir);
            if (aside != null) {
                err.println("ingest: the old index was moved to " + aside + "; building a new one");
            }
            return null;
        } catch (IndexLockedException | IndexException e) {
            return e.getMessage();
        }
    }

    private void ingest(PackIndexWriter writer, IngestInputs inputs, BatchCommits commits, RunTally tally,
                        IngestListener listener, int threads) throws IndexException {
        Map<String, String> failedBefore = writer.failures().stream()
                .collect(Collectors.toMap(FailureRecord::path, FailureRecord::kind, (a, b) -> b));
        Map<String, FailureRecord> heldBack = writer.failures().stream()
                .filter(f -> f.kind().equals(FailureKind.RESOURCE_LIMIT.label()) && f.sha256() != null)
                .collect(Collectors.toMap(FailureRecord::path, f -> f, (a, b) -> b));
        FileUpdater updater = new FileUpdater(this::pipeline, writer.indexedFiles(), reextract, limits.limits(), heldBack);
        IngestRun run = new IngestRun(writer, failedBefore, commits, tally, listener);
        try (FileWorkers workers = new FileWorkers(updater, threads, batch.timeout())) {
            workers.run(inputs.files(), run);
        }
    }

    /** The one place the ingest and extract stages are built; shared by every worker (they are stateless). */
    private PackPipeline pipeline() {
        return new PackPipeline(new FileIngester(limits.limits(), ocr.scannedPages()), new PackExtractor());
    }

    private IngestListener listener(PrintWriter out, PrintWriter err) {
        IngestSummary summary = new IngestSummary(prune);
        return switch (batch.logFormat) {
            case JSON -> new JsonLog(out, new RunReportWriter());
            case PLAIN -> new PlainLog(out, err, summary);
            case AUTO -> TerminalProgress.available()
                    ? new TerminalProgress(out, err, summary, TerminalWidth.detect())
                    : new PlainLog(out, err, summary);
        };
    }

    private static void prune(PackIndexWriter writer, IngestInputs inputs, RunTally tally, IngestListener listener)
            throws IndexException {
        Set<String> present = inputs.files().stream().map(f -> IngestInputs.key(f).toString()).collect(Collectors.toSet());
        PrunePlan plan = PrunePlan.of(writer.paths(), inputs.pruneRoots(), present);
        writer.remove(plan.remove());
        tally.pruned(plan.remove());
        listener.pruned(plan.remove().stream().map(p -> SourceFiles.display(Path.of(p))).toList(), inputs.problems());
    }
}
