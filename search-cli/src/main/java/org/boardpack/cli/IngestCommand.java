package org.boardpack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.boardpack.extract.PackExtractor;
import org.boardpack.extract.PackRecord;
import org.boardpack.index.FailureRecord;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexLockedException;
import org.boardpack.index.PackIndexWriter;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Ingests files into the index, file by file: a bad file is reported with its reason, kept in the
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

    @Option(names = "--force", description = "Parse and extract every file again, even if unchanged.")
    boolean force;

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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunTally tally = new RunTally(index.dir);
        IngestInputs inputs = IngestInputs.expand(paths.isEmpty() ? List.of(BoardpackCommand.defaultCorpus()) : paths);
        inputs.problems().forEach(p -> {
            tally.failed(p);
            err.println("FAILED " + p.path() + ": " + p.reason());
        });
        String error = null;
        int heldFailures = 0;
        try (PackIndexWriter writer = new PackIndexWriter(index.dir, PackExtractor.VERSION)) {
            PackPipeline pipeline = new PackPipeline(new FileIngester(limits.limits(), ocr.scannedPages()),
                    new PackExtractor());
            for (Path file : inputs.files()) {
                ingestOne(file, writer, pipeline, tally, err);
            }
            if (prune) {
                prune(writer, inputs, tally, err);
            }
            heldFailures = writer.failures().size();
        } catch (IndexLockedException | IndexException e) {
            error = e.getMessage();
            err.println("boardpack: " + error);
        }
        RunReport report = tally.report(error);
        if (error == null) {
            printSummary(out, report, heldFailures);
        }
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

    private void ingestOne(Path file, PackIndexWriter writer, PackPipeline pipeline, RunTally tally, PrintWriter err)
            throws IndexException {
        String key = IngestInputs.key(file).toString();
        String sha256 = null;
        try {
            sha256 = FileIngester.sha256(file);
            if (!force && writer.isCurrent(key, sha256)) {
                // the content went back to an indexed version: a failure of the version between is history
                writer.clearFailure(key);
                tally.unchanged();
                return;
            }
            PackRecord record = pipeline.process(file, key);
            writer.replace(record);
            tally.ingested(record);
        } catch (IngestException e) {
            FailureRecord failure = new FailureRecord(key, sha256, e.kind().label(), e.getMessage(), e.page(),
                    Instant.now());
            writer.recordFailure(failure);
            tally.failed(failure);
            err.println("FAILED " + e.oneLine());
        }
    }

    private static void prune(PackIndexWriter writer, IngestInputs inputs, RunTally tally, PrintWriter err)
            throws IndexException {
        Set<String> present = inputs.files().stream().map(f -> IngestInputs.key(f).toString()).collect(Collectors.toSet());
        PrunePlan plan = PrunePlan.of(writer.paths(), inputs.pruneRoots(), present);
        writer.remove(plan.remove());
        tally.pruned(plan.remove());
        plan.remove().forEach(p -> err.println("PRUNED " + SourceFiles.display(Path.of(p))));
        inputs.problems().forEach(p -> err.println("not pruned under " + p.path() + ": " + p.reason()));
    }

    private void printSummary(PrintWriter out, RunReport r, int heldFailures) {
        out.printf(Locale.ROOT, "Ingested %d file(s), %d unchanged, %d failed%s; %d pages in %.1f s (%.1f pages/s)%n",
                r.ingested(), r.unchanged(), r.failed(), prune ? ", " + r.pruned().size() + " pruned" : "",
                r.pages(), r.elapsedSeconds(), r.pagesPerSecond());
        StringBuilder byType = new StringBuilder();
        r.records().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                byType.append(byType.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()));
        out.println("Records: " + (byType.isEmpty() ? "none" : byType));
        out.println("Index: " + r.index());
        if (!r.failures().isEmpty()) {
            out.println("Failures:");
            r.failures().forEach(f -> out.println("  " + f.oneLine(SourceFiles.display(Path.of(f.path())))));
        }
        if (heldFailures > 0) {
            out.println("Failed files kept in the index: " + heldFailures + " (boardpack failures lists them)");
        }
    }
}
