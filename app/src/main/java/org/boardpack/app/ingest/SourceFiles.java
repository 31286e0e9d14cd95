package org.boardpack.app.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.boardpack.ingest.FileIngester;

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

    private static List<Path> pdfsUnder(Path dir, List<String> problems) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> FileIngester.readableName(f.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(dir + ": cannot list the directory: " + e.getMessage());
            return List.of();
        }
    }

    /** The path as a user would type it from here: relative to the working directory when inside it. */
    public static String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    private SourceFiles() {
    }
}
