package org.boardpack.app.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.InputWalk;
import org.boardpack.ingest.PrintableNames;

/**
 * Expands the paths given on the command line into the files to ingest: a file is taken as given
 * (its format is checked later, by content), a directory contributes every PDF, Word, RTF,
 * OpenDocument and HTML file under it.
 * Paths that are missing or hold no PDF are reported, not silently dropped.
 */
public final class SourceFiles {

    public record Expansion(List<Path> files, List<String> problems) {
    }

    public static Expansion expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                files.add(p);
            } else if (Files.isDirectory(p)) {
                List<Path> found = pdfsUnder(p, problems);
                if (found.isEmpty()) {
                    problems.add(p + ": no PDF files in this directory (nor Word, RTF, OpenDocument or HTML)");
                }
                files.addAll(found);
            } else {
                problems.add(p + ": no such file or directory");
            }
        }
        return new Expansion(files.stream().distinct().toList(), problems);
    }

    /** Never gives up on the folder: each part that cannot be read is one problem ({@link InputWalk}). */
    private static List<Path> pdfsUnder(Path dir, List<String> problems) {
        InputWalk.Result walk = InputWalk.under(dir);
        walk.problems().forEach(p -> problems.add(display(p.path()) + ": " + p.reason()));
        return walk.files();
    }

    /**
     * The path as a user would type it from here: relative to the working directory when inside it,
     * with control characters escaped so a name cannot forge or hide a log line.
     */
    public static String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return PrintableNames.of(abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString());
    }

    private SourceFiles() {
    }
}
