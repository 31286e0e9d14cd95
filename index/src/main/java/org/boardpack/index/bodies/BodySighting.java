package org.boardpack.index.bodies;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One printing of a body's name in one file, as a meeting of that file names it.
 *
 * @param printed the body as the paper prints it (a meeting's {@code body})
 * @param file    the source file, as indexed
 */
public record BodySighting(String printed, Path file) {

    public BodySighting {
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(file, "file");
    }
}
