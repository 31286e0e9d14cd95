package org.boardpack.index.bodies;

import java.nio.file.Path;
import java.util.Set;

/**
 * The {@link ActionSignature signatures} of the actions a file lists under a name it prints: what
 * tells two names printed in different folders apart or together. Read only when the resolver meets
 * two names that could be one body's and share no folder, since it means reading every action.
 */
@FunctionalInterface
public interface ActionEvidence {

    /** No evidence beyond what the sightings carry. */
    ActionEvidence NONE = (printed, file) -> Set.of();

    Set<String> of(String printed, Path file);
}
