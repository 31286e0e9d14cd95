package org.boardpack.app.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A benchmark's working directories: their size on disk, and emptied or removed between runs. */
public final class DirectoryTree {

    private DirectoryTree() {
    }

    /** The bytes of every regular file below {@code dir}. */
    public static long bytes(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Removes {@code dir} and everything below it, if it exists. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** {@code dir}, empty: what was there is removed first. */
    public static Path emptied(Path dir) throws IOException {
        delete(dir);
        return Files.createDirectories(dir);
    }
}
