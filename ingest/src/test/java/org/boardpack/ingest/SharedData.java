package org.boardpack.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared (set by Surefire as boardpack.shared) for tests that read the shared datasets. */
public final class SharedData {

    private SharedData() {
    }

    public static Path dir(String relative) {
        String base = System.getProperty("boardpack.shared", "../shared");
        Path p = Path.of(base).resolve(relative).normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("shared data not found at " + p.toAbsolutePath()
                    + " (../shared must sit beside the project)");
        }
        return p;
    }
}
