package org.boardpack.index.bodies;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One body across all its packs.
 *
 * @param id       its id: the slug of its name, the first part of its meetings' ids
 * @param name     its display name: the declared name, else the name most of its files print
 * @param kind     its declared kind, or {@code null}
 * @param declared whether a bodies file or {@code --body} declares it
 * @param aliases  every name its papers print, each with the files that print it
 */
public record Body(String id, String name, String kind, boolean declared, List<Alias> aliases) {

    public Body {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }

    /** A name a body's papers print, and the files that print it. */
    public record Alias(String name, List<Path> files) {

        public Alias {
            files = List.copyOf(files);
        }
    }

    /** Whether {@code printed} is this body's name or one of its aliases (case and spacing aside). */
    public boolean answersTo(String printed) {
        String key = BodyNameKey.of(printed).text();
        return BodyNameKey.of(name).text().equals(key)
                || aliases.stream().anyMatch(a -> BodyNameKey.of(a.name()).text().equals(key))
                || id.equals(printed.strip());
    }
}
