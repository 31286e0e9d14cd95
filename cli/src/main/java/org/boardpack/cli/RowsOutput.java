package org.boardpack.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine;

/**
 * Where an export goes: the command's stdout, or a file that is created or replaced whole (never
 * left half-written). A file that cannot be written is reported in one sentence naming it, never
 * as a stack trace.
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
                writeWhole(body);
            }
        } catch (IOException e) {
            throw new OutputException(file == null ? "stdout" : file.toString(), e);
        }
    }

    /**
     * Into a temporary file beside {@code file}, renamed over it only once complete: an export that
     * fails half-way (a damaged index, a full disk) leaves yesterday's file as it was.
     */
    private void writeWhole(Body body) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
        boolean done = false;
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.writeTo(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
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
