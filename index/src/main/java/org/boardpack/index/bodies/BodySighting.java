package org.boardpack.index.bodies;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * One printing of a body's name in one file, as a meeting of that file names it, with the
 * {@link ActionSignature signatures} of the actions the file lists under that name.
 *
 * @param printed the body as the paper prints it (a meeting's {@code body})
 * @param file    the source file, as indexed
 * @param actions the signatures of the file's actions of meetings printed with this name
 */
public record BodySighting(String printed, Path file, Set<String> actions) {

    public BodySighting {
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(file, "file");
        actions = actions == null ? Set.of() : Set.copyOf(actions);
    }

    /** A sighting whose file lists no action under the name. */
    public BodySighting(String printed, Path file) {
        this(printed, file, Set.of());
    }
}
