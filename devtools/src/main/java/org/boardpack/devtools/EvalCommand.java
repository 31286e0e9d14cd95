package org.boardpack.devtools;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.boardpack.app.ingest.PackPipeline;
import org.boardpack.cli.BoardpackCommand;
import org.boardpack.cli.ExitCodes;
import org.boardpack.corpus.eval.CorpusEvaluator;
import org.boardpack.corpus.eval.EvalFloors;
import org.boardpack.corpus.eval.EvalReport;
import org.boardpack.corpus.eval.EvalReportFormatter;
import org.boardpack.model.BoardpackJson;
import org.boardpack.extract.PackExtractor;
import org.boardpack.ingest.FileIngester;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Scores extraction against packs with known answers; fails when a score drops below its floor. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run ingest and extract on every paper with answers (<name>.pdf + <name>.json) and report "
                + "precision, recall and F1 per record type, field accuracy, and the same per producer. Without "
                + "--gold: the bundled generated corpus (a regression floor); with --gold: hand-written answers on "
                + "real papers (accuracy), scored by the reference rules.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:evaluated; every score at or above its floor", "1:a score is below its floor",
                "2:usage error", "3:the evaluation could not run"})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "DIR", description = "Papers with answers (default: the bundled corpus).")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Another folder of generated packs with complete answers (such as corpus/varied), scored "
                    + "as the bundled corpus is (--measure generated); floors only with --floors.")
    Path corpus;

    @Option(names = "--measure", paramLabel = "real|generated",
            description = "Which answers and rules: real (hand-written, partial answers; the reference rules of "
                    + "score.py) or generated (the generator's complete answers). Default: generated for the "
                    + "bundled corpus, real with --gold.")
    String measure;

    @Option(names = "--answers", paramLabel = "DIR",
            description = "Another folder of <name>.json answers for the papers of --gold, merged by record type "
                    + "(repeatable; default with --measure real: corpus/real-dev-answers of this installation).")
    List<Path> answers;

    @Option(names = "--per-file", description = "Also list each file's expected, produced and matched records.")
    boolean perFile;

    @Option(names = "--json", paramLabel = "OUT", description = "Also write the scores as JSON to this file.")
    Path jsonOut;

    @Option(names = "--floors", paramLabel = "FILE",
            description = "Minimum scores; exit 1 below any (default for the bundled corpus only: "
                    + "corpus/eval-floors.json of this installation; never applied by default to another folder).")
    Path floorsFile;

    @Option(names = "--no-floors", description = "Report only; do not check floors.")
    boolean noFloors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (gold != null && corpus != null) {
            err.println("boardpack eval: --gold and --corpus do not go together");
            return ExitCodes.USAGE;
        }
        Path dir = gold != null ? gold : corpus != null ? corpus : BoardpackCommand.defaultCorpus();
        CorpusEvaluator.Measure kind;
        if (measure == null) {
            kind = gold == null ? CorpusEvaluator.Measure.GENERATED : CorpusEvaluator.Measure.REAL;
        } else if (measure.equals("real") || measure.equals("generated")) {
            kind = measure.equals("real") ? CorpusEvaluator.Measure.REAL : CorpusEvaluator.Measure.GENERATED;
        } else {
            err.println("boardpack eval: --measure takes real or generated, not '" + measure + "'");
            return ExitCodes.USAGE;
        }
        List<Path> extra = answers != null ? answers : defaultAnswers(kind);
        ObjectMapper json = BoardpackJson.newMapper();
        PackPipeline pipeline = new PackPipeline(new FileIngester(), new PackExtractor());
        EvalReport report;
        try {
            report = new CorpusEvaluator(file -> pipeline.process(file, file.getFileName().toString()), kind, extra)
                    .evaluate(dir);
        } catch (IOException e) {
            err.println("boardpack: cannot evaluate " + dir + ": " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        out.print(new EvalReportFormatter().format(report, perFile));
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
        if (noFloors || (floorsFile == null && (gold != null || corpus != null || !Files.exists(floors)))) {
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

    /** The answers this installation keeps apart from papers it may not copy (tables of the real-dev set). */
    private static List<Path> defaultAnswers(CorpusEvaluator.Measure kind) {
        Path kept = BoardpackCommand.home().resolve("corpus").resolve("real-dev-answers");
        return kind == CorpusEvaluator.Measure.REAL && Files.isDirectory(kept) ? List.of(kept) : List.of();
    }
}
