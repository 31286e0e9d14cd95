package org.boardpack.cli;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code boardpack} command: board packs in, searchable and exportable records out. */
@Command(name = "boardpack", mixinStandardHelpOptions = true, version = "boardpack 0.1.0",
        description = "Reads the board packs of public bodies, extracts meetings, attendance and more "
                + "as boardpack/1 records, and makes them searchable and exportable.",
        subcommands = {IngestCommand.class, IndexRecordsCommand.class, FailuresCommand.class, CheckCommand.class, ExtractCommand.class, SearchCommand.class, DecisionsCommand.class, ActionsCommand.class,
                PeopleCommand.class, BodiesCommand.class, ShowCommand.class, ExportCommand.class, TablesCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class BoardpackCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which command to run");
    }

    public static void main(String[] args) {
        Logger quiet = quietLibraries();
        int code = newCommandLine().execute(args);
        quiet.setLevel(Level.SEVERE);
        System.exit(code);
    }

    public static CommandLine newCommandLine() {
        return configured(new CommandLine(new BoardpackCommand()));
    }

    /**
     * The exit codes and one-line error reports every boardpack command line shares (this one and
     * the developer tools' {@code boardpack-dev}).
     */
    public static CommandLine configured(CommandLine cl) {
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(t -> ExitCodes.CANNOT_RUN);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("boardpack: " + ex.getMessage()
                    + " (try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, ex.getCommandLine().getErr());
            return ExitCodes.USAGE;
        });
        // picocli lets '--help' win over words it does not know ('boardpack frobnicate --help' would
        // print the top-level help and exit 0): an unknown command is a usage error all the same
        cl.setExecutionStrategy(parseResult -> {
            for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
                if (!p.unmatched().isEmpty()) {
                    throw new CommandLine.UnmatchedArgumentException(p.commandSpec().commandLine(), p.unmatched());
                }
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setExecutionExceptionHandler((ex, command, parseResult) -> {
            command.getErr().println("boardpack: " + ex.getMessage());
            return ExitCodes.CANNOT_RUN;
        });
        return cl;
    }

    /**
     * PDFBox and Tika log every oddity of a PDF as a warning; a user sees our one-line reasons
     * instead. The returned root logger must stay referenced so the level holds.
     */
    public static Logger quietLibraries() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.OFF);
        return root;
    }

    /** The bundled sample corpus: under the installation the launcher names, else under the working directory. */
    public static Path defaultCorpus() {
        return home().resolve("corpus").resolve("packs");
    }

    /** The installation the launcher names, else the working directory. */
    public static Path home() {
        String home = System.getProperty("boardpack.home");
        return home == null ? Path.of("") : Path.of(home);
    }
}
