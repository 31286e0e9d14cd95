package org.boardpack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.boardpack.app.ingest.BatchSettings;
import org.boardpack.app.ingest.RecordsService;
import org.boardpack.app.ingest.RunReport;
import org.boardpack.model.BoardpackCodec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Records in, index out: loads {@code boardpack/1} records that were extracted elsewhere (by
 * {@code extract --out}, {@code export}, or the workers of a distributed run) into the index, with
 * the incremental and failure rules of {@code ingest}.
 */
@Command(name = "index-records", mixinStandardHelpOptions = true,
        description = "Load boardpack/1 records (FILE.jsonl with one per line, FILE.json with one or an array, or a "
                + "directory of them, as 'extract --out' and 'export' write) into the index, as ingest would: "
                + "a file the index holds unchanged is skipped, a bad record is reported and the others go on.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record was indexed (or was unchanged)", "1:some records failed; each is reported",
                "2:usage error", "3:the run could not proceed (the index is held or cannot be opened)"})
final class IndexRecordsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.jsonl|DIR", arity = "1..*", description = "Record files or directories of them.")
    List<Path> paths;

    @Mixin
    IndexOption index;

    @Option(names = "--reload", description = "Index every record again, even one whose file the index holds unchanged.")
    boolean reload;

    @Option(names = "--commit-every", paramLabel = "RECORDS", defaultValue = "20",
            description = "Commit the index after this many changed records, one per source file "
                    + "(default: ${DEFAULT-VALUE}).")
    int commitEvery;

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, plain or json, as for ingest (default: ${DEFAULT-VALUE}).")
    BatchOptions.LogFormat logFormat;

    @Option(names = "--report", paramLabel = "FILE", description = "Write a JSON report of the run to FILE.")
    Path reportFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (commitEvery < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--commit-every must be at least 1 record");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BatchSettings settings = new BatchSettings(index.dir, 1, Duration.ZERO, commitEvery, Duration.ofSeconds(10));
        RunReport report = new RecordsService(new BoardpackCodec())
                .load(paths, settings, reload, RunListeners.of(logFormat, false, out, err));
        return RunEnding.finish(report, reportFile, out, err);
    }
}
