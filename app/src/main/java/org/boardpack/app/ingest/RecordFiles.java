package org.boardpack.app.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.boardpack.index.FailureRecord;

/**
 * The files of {@code boardpack/1} records given to {@code index-records}: a file is taken as given,
 * a directory gives every {@code .json} (one record, as {@code extract --out} writes, or an array of
 * them, as {@code export} writes) and {@code .jsonl} (one record per line) under it. A path that is
 * missing or holds no such file is a problem of the run, as for {@code ingest}.
 */
record RecordFiles(List<Path> files, List<FailureRecord> problems) {

    static RecordFiles expand(List<Path> roots) {
        Set<Path> files = new LinkedHashSet<>();
        List<FailureRecord> problems = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                files.add(root);
            } else if (Files.isDirectory(root)) {
                List<Path> found = under(root, problems);
                if (found.isEmpty()) {
                    problems.add(problem(root, "no files", "no .json or .jsonl files in this directory"));
                }
                files.addAll(found);
            } else {
                problems.add(problem(root, "not found", "no such file or directory"));
            }
        }
        return new RecordFiles(List.copyOf(files), List.copyOf(problems));
    }

    /** JSON Lines: one record per line. */
    static boolean isLines(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    private static List<Path> under(Path dir, List<FailureRecord> problems) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".json") || name.endsWith(".jsonl");
            }).sorted().toList();
        } catch (IOException e) {
            problems.add(problem(dir, "cannot be read", "cannot list the directory: " + e.getMessage()));
            return List.of();
        }
    }

    private static FailureRecord problem(Path root, String kind, String reason) {
        return new FailureRecord(root.toString(), null, kind, reason, null, Instant.now());
    }
}
