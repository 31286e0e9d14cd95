package org.boardpack.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tabula-java PDFs in the project's {@code testdata/} (set by Surefire as boardpack.testdata;
 * Surefire runs in the module directory, hence the default). They are part of the checkout, so a
 * missing one is a broken checkout and fails the test rather than skipping it.
 */
public final class TestData {

    private TestData() {
    }

    /** A file or folder under testdata/, e.g. {@code hard-pdfs/encrypted.pdf}. */
    public static Path path(String relative) {
        Path p = Path.of(System.getProperty("boardpack.testdata", "../testdata")).resolve(relative).normalize();
        if (!Files.exists(p)) {
            throw new IllegalStateException("test data not found: " + p.toAbsolutePath());
        }
        return p;
    }

    /** The PDFs of a testdata/ folder, sorted; never empty, so a test over them cannot pass by finding none. */
    public static List<Path> pdfs(String folder) {
        Path dir = path(folder);
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
            if (pdfs.isEmpty()) {
                throw new IllegalStateException("no PDFs in " + dir.toAbsolutePath());
            }
            return pdfs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
