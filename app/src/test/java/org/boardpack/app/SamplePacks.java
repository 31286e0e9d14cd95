package org.boardpack.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The smallest packs of the bundled corpus, for tests that need real PDFs but not many pages
 * (shared with the command line's tests through this module's test jar).
 */
public final class SamplePacks {

    private SamplePacks() {
    }

    public static List<Path> smallest(int n) {
        Path packs = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs");
        try (Stream<Path> s = Files.list(packs)) {
            return s.filter(p -> p.toString().endsWith(".pdf"))
                    .sorted(Comparator.comparingLong(SamplePacks::size).thenComparing(Comparator.naturalOrder()))
                    .limit(n)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
