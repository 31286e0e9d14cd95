package org.boardpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.boardpack.corpus.eval.CorpusEvaluator;
import org.boardpack.corpus.eval.EvalFloors;
import org.boardpack.corpus.eval.EvalReport;
import org.boardpack.corpus.eval.EvalReportFormatter;
import org.boardpack.extract.BoardpackJson;
import org.boardpack.extract.PackExtractor;
import org.boardpack.ingest.FileIngester;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Scores extraction against packs with known answers; fails when a score drops below its floor. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run ingest and extract on every pack with answers (<name>.pdf + <name>.json) and report "
                + "precision, recall and F1 per record type, field accuracy, and the same per producer.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:evaluated; every score at or above its floor", "1:a score is below its floor",
                "2:usage error", "3:the evaluation could not run"})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "DIR", description = "Packs with answers (default: the bundled corpus).")
    Path gold;

    @Option(names = "--json", paramLabel = "OUT", description = "Also write the scores as JSON to this file.")
    Path jsonOut;

    @Option(names = "--floors", paramLabel = "FILE",
            description = "Minimum scores (default: corpus/eval-floors.json of this installation, if present).")
    Path floorsFile;

    @Option(names = "--no-floors", description = "Report only; do not check floors.")
    boolean noFloors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = gold != null ? gold : BoardpackCommand.defaultCorpus();
        ObjectMapper json = BoardpackJson.newMapper();
        PackPipeline pipeline = new PackPipeline(new FileIngester(), new PackExtractor());
        EvalReport report;
        try {
            report = new CorpusEvaluator(file -> pipeline.process(file, file.getFileName().toString())).evaluate(dir);
        } catch (IOException e) {
            err.println("boardpack: cannot evaluate " + dir + ": " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        out.print(new EvalReportFormatter().format(report));
        try {
            if (jsonOut != null) {
                json.writerWithDefaultPrettyPrinter().writeValue(jsonOut.toFile(), report);
            }
        } catch (IOException e) {
            err.println("boardpack: cannot write " + jsonOut + ": " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        Path floors = floorsFile != null ? floorsFile
                : BoardpackCommand.home().resolve("corpus").resolve("eval-floors.json");
        if (noFloors || (floorsFile == null && !Files.exists(floors))) {
            out.flush();
            return ExitCodes.OK;
        }
        List<String> breaches;
        try {
            breaches = EvalFloors.read(floors, json).breaches(report);
        } catch (IOException e) {
            err.println("boardpack: cannot read the floors " + floors + ": " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        if (breaches.isEmpty()) {
            out.println();
            out.println("Every score is at or above its floor (" + floors + ").");
            out.flush();
            return ExitCodes.OK;
        }
        out.flush();
        breaches.forEach(b -> err.println("BELOW FLOOR " + b));
        return ExitCodes.SOME_FAILED;
    }
}
