package org.boardpack.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Where an export goes: the command's stdout, or a file that is created or replaced. A file that
 * cannot be written is reported in one sentence naming it, never as a stack trace.
 */
final class RowsOutput {

    /** What to write, given the writer; the writer is flushed or closed here. */
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    /** The output could not be written; the message names where and why. */
    static final class OutputException extends Exception {
        OutputException(String where, IOException cause) {
            super("cannot write the export to " + where + ": " + cause.getMessage()
                    + "; check the path and that its directory exists and is writable", cause);
        }
    }

    private final CommandLine cl;
    private final Path file;

    /** @param file null for the command's stdout */
    RowsOutput(CommandLine cl, Path file) {
        this.cl = cl;
        this.file = file;
    }

    void write(Body body) throws OutputException {
        try {
            if (file == null) {
                Writer out = cl.getOut();
                body.writeTo(out);
                out.flush();
            } else {
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    body.writeTo(out);
                }
            }
        } catch (IOException e) {
            throw new OutputException(file == null ? "stdout" : file.toString(), e);
        }
    }

    /** Says where a file went (nothing when the rows themselves went to stdout). */
    void reportWritten(long count, String what) {
        if (file != null) {
            cl.getOut().println("Exported " + count + " " + what + " to " + file);
            cl.getOut().flush();
        }
    }
}
