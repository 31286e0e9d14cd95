package org.boardpack.app.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The order several workers take files in: the largest first, by size on disk (known from the file
 * system without opening the file), ties in the order given. A long pack started last holds one
 * core while the others idle at the end of the run; started first, it runs beside the short files.
 * Size stands in for work: a long report is a large file, and a scan refused unread is large but
 * cheap, which only moves it earlier.
 */
final class LongestFirst {

    private LongestFirst() {
    }

    static List<Path> order(List<Path> files) {
        record Sized(Path file, long bytes) {
        }
        // the sort is stable: files of one size keep the order they were given in
        return files.stream()
                .map(f -> new Sized(f, size(f)))
                .sorted(Comparator.comparingLong(Sized::bytes).reversed())
                .map(Sized::file)
                .toList();
    }

    /** A file that cannot be looked at goes last: the worker reports why when it gets there. */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }
}
