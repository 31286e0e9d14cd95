package org.boardpack.index.bodies;

import java.util.List;

/**
 * A body as a user declares it: its display name, the short names and acronyms its papers print
 * ({@code aliases}), its kind ({@code nhs-board}, {@code council-committee}, {@code parish-council},
 * {@code charity}…, free text) and the path globs whose files are its papers, relative to the folder
 * of the bodies file that declares it. A declaration always wins over what a paper prints.
 */
public record BodyDeclaration(String name, List<String> aliases, String kind, List<String> paths) {

    public BodyDeclaration {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a declared body needs a name");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        paths = paths == null ? List.of() : List.copyOf(paths);
        kind = kind == null || kind.isBlank() ? null : kind.strip();
    }

    /** The one-off form: {@code ingest DIR --body "Name"}: every file read is that body's. */
    public static BodyDeclaration forAllFiles(String name) {
        return new BodyDeclaration(name, List.of(), null, List.of("**"));
    }
}
