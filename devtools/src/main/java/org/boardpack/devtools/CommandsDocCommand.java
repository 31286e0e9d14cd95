package org.boardpack.devtools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.boardpack.cli.BoardpackCommand;
import org.boardpack.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes {@code docs/commands.md} from the commands' picocli model. */
@Command(name = "commands-doc", mixinStandardHelpOptions = true,
        description = "Write the command reference (docs/commands.md) from the programs' own --help.")
final class CommandsDocCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write it (default: docs/commands.md of this installation).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path file = out != null ? out : BoardpackCommand.home().resolve("docs").resolve("commands.md");
        try {
            Files.writeString(file, CommandsDoc.markdown());
        } catch (IOException e) {
            spec.commandLine().getErr().println("boardpack: cannot write " + file + ": " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        spec.commandLine().getOut().println(file);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
