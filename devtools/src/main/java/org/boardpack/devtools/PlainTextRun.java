package org.boardpack.devtools;

import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.boardpack.app.ingest.SourceFiles;
import org.boardpack.cli.BoardpackCommand;

/**
 * PDFBox's plain text over files in a process of its own, exactly as {@code bench-ingest}'s PDFBox
 * stage does it: the cold baseline beside a cold {@code boardpack ingest} of the same files (each a
 * fresh JVM, compared by the CPU time the shell's {@code time} reports). Usage:
 * {@code java -cp DEV_JAR:CORPUS_JAR:USER_JAR org.boardpack.devtools.PlainTextRun THREADS PATH...}
 */
public final class PlainTextRun {

    private PlainTextRun() {
    }

    public static void main(String[] args) throws Exception {
        // as quiet as ingest: PDFBox's warnings cost it CPU that ingest does not spend
        Logger quiet = BoardpackCommand.quietLibraries();
        int threads = Integer.parseInt(args[0]);
        List<Path> roots = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            roots.add(Path.of(args[i]));
        }
        List<Path> files = SourceFiles.expand(roots).files();
        try {
            long total = IngestBenchCommand.plainText(files, threads);
            System.out.println(files.size() + " files, " + total + " pages");
        } finally {
            Reference.reachabilityFence(quiet); // the level holds only while the logger is referenced
        }
    }
}
