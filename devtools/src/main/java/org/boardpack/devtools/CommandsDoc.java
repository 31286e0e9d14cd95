package org.boardpack.devtools;

import java.util.Map;
import org.boardpack.cli.BoardpackCommand;
import picocli.CommandLine;

/**
 * The command reference ({@code docs/commands.md}) written from the picocli model of
 * {@code boardpack} and {@code boardpack-dev}: each command's usage as its {@code --help} prints it,
 * so the reference cannot drift from the program. A test fails when the file is stale.
 */
final class CommandsDoc {

    /** Wide enough for the options' descriptions, fixed so the file does not depend on a terminal. */
    static final int WIDTH = 100;

    private CommandsDoc() {
    }

    static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Command reference\n\n")
                .append("Generated from the programs' own `--help` by `./boardpack-dev commands-doc`; do not edit by hand ")
                .append("(a test fails when this file is stale). What the commands print and why is in ")
                .append("[manual.md](manual.md).\n\n");
        section(md, "User commands: `./boardpack`", BoardpackCommand.newCommandLine());
        section(md, "Developer tools: `./boardpack-dev` (not in the user jar)", DevCommand.newCommandLine());
        return md.toString();
    }

    private static void section(StringBuilder md, String title, CommandLine top) {
        md.append("## ").append(title).append("\n\n");
        usage(md, top);
        for (Map.Entry<String, CommandLine> sub : top.getSubcommands().entrySet()) {
            if (sub.getKey().equals("help")) {
                continue;
            }
            md.append("### `").append(top.getCommandName()).append(' ').append(sub.getKey()).append("`\n\n");
            usage(md, sub.getValue());
        }
    }

    private static void usage(StringBuilder md, CommandLine cl) {
        cl.setUsageHelpWidth(WIDTH);
        String help = cl.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing();
        md.append("```\n").append(help.lines().map(String::stripTrailing)
                .reduce((a, b) -> a + "\n" + b).orElse("")).append("\n```\n\n");
    }
}
