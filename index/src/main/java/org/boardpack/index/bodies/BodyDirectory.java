package org.boardpack.index.bodies;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.boardpack.extract.meetings.BodyName;

/**
 * The resolved bodies of an index and the way from what a paper prints to the body it is: by the
 * name a file prints (the alias seen in that very file first, so one name printed by two bodies'
 * files resolves to each), by a meeting id's slug, or by what a user types after {@code --body}
 * (a name, an alias or an id, any case).
 */
public final class BodyDirectory {

    /** No bodies resolved: every name stands for itself. */
    public static final BodyDirectory NONE = new BodyDirectory(List.of());

    private final List<Body> bodies;
    /**
     * {@link #of}'s answers: the directory never changes, the names and files asked about are the
     * index's own (a few per meeting), and a listing asks once per row, so each pair is resolved once.
     */
    private final Map<PrintedIn, Optional<Body>> resolved = new ConcurrentHashMap<>();

    private record PrintedIn(String printed, Path file) {
    }

    /** Each body's name and aliases as keys, in the bodies' order: {@link #named} compares keys, not names, on every call. */
    private final List<Set<String>> keys;

    public BodyDirectory(List<Body> bodies) {
        this.bodies = List.copyOf(bodies);
        List<Set<String>> keys = new ArrayList<>();
        for (Body b : this.bodies) {
            Set<String> k = new java.util.HashSet<>();
            k.add(BodyNameKey.of(b.name()).text());
            b.aliases().forEach(a -> k.add(BodyNameKey.of(a.name()).text()));
            keys.add(k);
        }
        this.keys = List.copyOf(keys);
    }

    public List<Body> bodies() {
        return bodies;
    }

    /** The body a file's meeting printed as {@code printed} is. */
    public Optional<Body> of(String printed, Path file) {
        if (printed == null) {
            return Optional.empty();
        }
        return resolved.computeIfAbsent(new PrintedIn(printed, file), p -> resolve(printed, file));
    }

    private Optional<Body> resolve(String printed, Path file) {
        String key = BodyNameKey.of(printed).text();
        Optional<Body> inFile = bodies.stream().filter(b -> b.aliases().stream()
                .anyMatch(a -> a.files().contains(file) && BodyNameKey.of(a.name()).text().equals(key))).findFirst();
        return inFile.isPresent() ? inFile : named(printed);
    }

    /** The body whose meetings' ids in {@code file} begin with {@code slug} (a meeting id's body part). */
    public Optional<Body> ofSlug(String slug, Path file) {
        Optional<Body> inFile = bodies.stream().filter(b -> b.aliases().stream()
                .anyMatch(a -> a.files().contains(file) && BodyName.slug(a.name()).equals(slug))).findFirst();
        if (inFile.isPresent()) {
            return inFile;
        }
        List<Body> any = bodies.stream().filter(b -> b.id().equals(slug)
                || b.aliases().stream().anyMatch(a -> BodyName.slug(a.name()).equals(slug))).toList();
        return any.size() == 1 ? Optional.of(any.getFirst()) : Optional.empty();
    }

    /** The one body a user's {@code --body} names (its name, an alias or its id, any case); empty if none or several. */
    public Optional<Body> named(String given) {
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        String slug = BodyName.slug(given);
        String key = BodyNameKey.of(given).text();
        String stripped = given.strip();
        // as Body.answersTo, with the keys made once
        List<Body> found = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            Body b = bodies.get(i);
            if (keys.get(i).contains(key) || b.id().equals(stripped) || b.id().equals(slug)) {
                found.add(b);
            }
        }
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    /**
     * Every name under which the body {@code given} names was printed, for a filter on printed
     * names: the body's name and aliases, or {@code given} alone when it names no resolved body.
     */
    public Set<String> printedNames(String given) {
        Set<String> out = new LinkedHashSet<>();
        out.add(given);
        named(given).ifPresent(b -> {
            out.add(b.name());
            b.aliases().forEach(a -> out.add(a.name()));
        });
        return out;
    }

    /** The bodies' display names in order, for a message that lists them. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        bodies.forEach(b -> out.add(b.name()));
        return out;
    }
}
