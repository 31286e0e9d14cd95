package org.boardpack.app.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.boardpack.index.FailureRecord;

/**
 * The paths given to {@code ingest}, expanded root by root so each problem is tied to its root:
 * the files to ingest, the problems (a missing path, a folder without papers) as failures for the
 * summary and the report, and the roots it is safe to prune under.
 *
 * @param files       the files to ingest, each once, in order
 * @param problems    one failure per root that could not be used (not kept in the index: it names
 *                    no file)
 * @param pruneRoots  absolute roots that expanded cleanly; a root that is missing or came up empty
 *                    is left out, so an unmounted share cannot empty the index
 */
public record IngestInputs(List<Path> files, List<FailureRecord> problems, List<Path> pruneRoots) {

    public static IngestInputs expand(List<Path> roots) {
        Set<Path> files = new LinkedHashSet<>();
        List<FailureRecord> problems = new ArrayList<>();
        List<Path> pruneRoots = new ArrayList<>();
        for (Path root : roots) {
            SourceFiles.Expansion e = SourceFiles.expand(List.of(root));
            files.addAll(e.files());
            for (String problem : e.problems()) {
                problems.add(problem(root, problem));
            }
            if (e.problems().isEmpty() && !e.files().isEmpty()) {
                pruneRoots.add(key(root));
            }
        }
        return new IngestInputs(List.copyOf(files), List.copyOf(problems), List.copyOf(pruneRoots));
    }

    /** The index key of a file: its absolute, normalised path (what its records carry). */
    public static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static FailureRecord problem(Path root, String line) {
        String prefix = root + ": ";
        String reason = line.startsWith(prefix) ? line.substring(prefix.length()) : line;
        String kind = !Files.exists(root) ? "not found"
                : Files.isDirectory(root) && reason.startsWith("no PDF") ? "no files"
                : "cannot be read";
        return new FailureRecord(root.toString(), null, kind, reason, null, Instant.now());
    }
}
