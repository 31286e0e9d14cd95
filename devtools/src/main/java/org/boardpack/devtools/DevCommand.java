package org.boardpack.devtools;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.boardpack.cli.BoardpackCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code boardpack-dev} command: the tools a developer of boardpack uses (the sample generator,
 * the evaluator and the benchmarks), kept out of the user's {@code boardpack} jar.
 */
@Command(name = "boardpack-dev", mixinStandardHelpOptions = true, version = "boardpack-dev 0.1.0",
        description = "Developer tools of boardpack: render sample packs with their answers, score extraction "
                + "against answers, and measure speed.",
        subcommands = {SamplesCommand.class, GenerateCommand.class, EvalCommand.class, TableEvalCommand.class,
                HtmlPacksCommand.class, BenchCommand.class, SearchBenchCommand.class, IngestBenchCommand.class, ServeBenchCommand.class,
                CommandsDocCommand.class,
                CommandLine.HelpCommand.class})
public final class DevCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which command to run");
    }

    public static void main(String[] args) {
        Logger quiet = BoardpackCommand.quietLibraries();
        int code = newCommandLine().execute(args);
        quiet.setLevel(Level.SEVERE);
        System.exit(code);
    }

    /** This command line, with the exit codes and error reports of {@code boardpack}. */
    public static CommandLine newCommandLine() {
        return BoardpackCommand.configured(new CommandLine(new DevCommand()));
    }
}
