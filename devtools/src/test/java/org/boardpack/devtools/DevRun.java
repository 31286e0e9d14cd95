package org.boardpack.devtools;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.boardpack.cli.BoardpackCommand;
import picocli.CommandLine;

/** Runs {@code boardpack-dev} (or the user's {@code boardpack}) in-process and keeps what it printed. */
record DevRun(int exitCode, String out, String err) {

    /** A developer command: {@code boardpack-dev ARGS}. */
    static DevRun of(String... args) {
        return run(DevCommand.newCommandLine(), args);
    }

    /** A user command: {@code boardpack ARGS}, e.g. the ingest a benchmark reads. */
    static DevRun boardpack(String... args) {
        return run(BoardpackCommand.newCommandLine(), args);
    }

    private static DevRun run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new DevRun(code, out.toString(), err.toString());
    }
}
