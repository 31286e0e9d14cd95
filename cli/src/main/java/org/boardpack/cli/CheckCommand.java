package org.boardpack.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexIntegrity;
import org.boardpack.index.IndexLockedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code boardpack check}: Lucene's CheckIndex on the index, said in one line (sound, or damaged
 * with what to do); {@code --repair} drops the damaged segments so the next ingest reads their files.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check that the index's files are intact (every checksum and the structure of every segment) "
                + "and say in one line whether it is sound. Exit code 0 when sound, 3 when damaged.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Option(names = "--repair", description = "Drop the damaged segments (not while an ingest runs); the files whose "
            + "records they held are read again by the next ingest of the same folders.")
    boolean repair;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            IndexIntegrity.Verdict v = repair ? IndexIntegrity.repair(index.dir) : IndexIntegrity.check(index.dir);
            if (v.sound()) {
                out.println(v.line());
                out.flush();
                return ExitCodes.OK;
            }
            if (repair && v.repairable()) {
                out.println(String.format(Locale.ROOT, "repaired: dropped %d damaged segment(s) holding %,d documents"
                                + " from the index %s; run 'boardpack ingest' on the same folders to read their files again",
                        v.damagedSegments(), v.documentsLost(), index.dir));
                out.flush();
                return ExitCodes.OK;
            }
            err.println("boardpack: " + v.line());
            return ExitCodes.CANNOT_RUN;
        } catch (IndexException | IndexLockedException e) {
            err.println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
    }
}
