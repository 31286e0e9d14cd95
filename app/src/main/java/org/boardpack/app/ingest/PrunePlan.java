package org.boardpack.app.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What {@code ingest --prune} removes: every indexed path under one of the roots that expanded
 * cleanly which is no longer among the files found there. Paths outside the roots belong to other
 * runs' folders and are never touched.
 *
 * @param remove the index paths to remove, in order
 */
public record PrunePlan(List<String> remove) {

    public static PrunePlan of(Set<String> indexed, List<Path> roots, Set<String> present) {
        List<String> remove = indexed.stream()
                .filter(p -> !present.contains(p))
                .filter(p -> roots.stream().anyMatch(r -> Path.of(p).startsWith(r)))
                .sorted()
                .toList();
        return new PrunePlan(remove);
    }
}
