package org.boardpack.devtools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.boardpack.cli.BoardpackCommand;
import org.boardpack.cli.ExitCodes;
import org.boardpack.corpus.HouseStyle;
import org.boardpack.corpus.PackGenerator;
import org.boardpack.corpus.nhs.NhsSeries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Renders synthetic board packs with their known answers, for evaluating extraction at scale. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Render N realistic board packs (<name>.pdf) with their known answers (<name>.json), "
                + "deterministically from a seed.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--packs", paramLabel = "N", required = true, description = "How many packs to render.")
    int packs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
    Path outDir;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "all",
            description = "nhs, council, charity, parish or all (default: ${DEFAULT-VALUE}; all takes them in turn).")
    String style;

    @Option(names = "--series", description = "With --style nhs: the packs are one board's consecutive monthly "
            + "meetings, each action log carrying the last one's open actions forward with their updates.")
    boolean series;

    @Option(names = "--varied", description = "Draw each pack with the variations of its house style that its seed "
            + "picks (failure classes seen on real papers: title wording, times, attendance and decision forms, "
            + "action lines, headers not repeated); the answers follow what is printed.")
    boolean varied;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (packs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--packs must be at least 1");
        }
        List<HouseStyle> styles;
        try {
            styles = "all".equalsIgnoreCase(style) ? List.of(HouseStyle.values()) : List.of(HouseStyle.of(style));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown --style '" + style + "' (nhs, council, charity, parish or all)");
        }
        if (series && varied) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--series and --varied do not go together");
        }
        if (series && !styles.equals(List.of(HouseStyle.NHS))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--series needs --style nhs");
        }
        long start = System.nanoTime();
        PackGenerator.Result result;
        try {
            result = series ? PackGenerator.write(NhsSeries.render(seed, packs).packs(), outDir)
                    : PackGenerator.generate(packs, seed, styles, varied, outDir);
        } catch (IOException e) {
            spec.commandLine().getErr().println("boardpack: cannot write to " + outDir + ": " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "Generated %d pack(s), %d pages in %.1f s (%.1f pages/s) into %s%n",
                result.names().size(), result.pages(), seconds, result.pages() / Math.max(seconds, 1e-9), outDir);
        out.flush();
        return ExitCodes.OK;
    }
}
