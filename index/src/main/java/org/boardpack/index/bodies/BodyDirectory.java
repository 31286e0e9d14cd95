package org.boardpack.index.bodies;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.boardpack.model.names.BodySlug;

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
    /** By file, the body each name key (and each slug) printed in that file is an alias of: the first body listed wins. */
    private final Map<Path, Map<String, Body>> byFileKey = new HashMap<>();
    private final Map<Path, Map<String, Body>> byFileSlug = new HashMap<>();
    /** By slug, every body whose id or an alias has it. */
    private final Map<String, Set<Body>> bySlug = new HashMap<>();
    private final Map<String, Optional<Body>> named = new ConcurrentHashMap<>();

    public BodyDirectory(List<Body> bodies) {
        this.bodies = List.copyOf(bodies);
        // rows ask by file and name for every record they show: look-ups, not scans
        for (Body b : this.bodies) {
            bySlug.computeIfAbsent(b.id(), k -> new LinkedHashSet<>()).add(b);
            for (Body.Alias a : b.aliases()) {
                String key = BodyNameKey.of(a.name()).text();
                String slug = BodySlug.of(a.name());
                bySlug.computeIfAbsent(slug, k -> new LinkedHashSet<>()).add(b);
                for (Path f : a.files()) {
                    byFileKey.computeIfAbsent(f, k -> new HashMap<>()).putIfAbsent(key, b);
                    byFileSlug.computeIfAbsent(f, k -> new HashMap<>()).putIfAbsent(slug, b);
                }
            }
        }
    }

    public List<Body> bodies() {
        return bodies;
    }

    /** The body a file's meeting printed as {@code printed} is. */
    public Optional<Body> of(String printed, Path file) {
        if (printed == null) {
            return Optional.empty();
        }
        Body inFile = file == null ? null : byFileKey.getOrDefault(file, Map.of()).get(BodyNameKey.of(printed).text());
        return inFile != null ? Optional.of(inFile) : named(printed);
    }

    /** The body whose meetings' ids in {@code file} (null: in any file) begin with {@code slug} (a meeting id's body part). */
    public Optional<Body> ofSlug(String slug, Path file) {
        Body inFile = file == null ? null : byFileSlug.getOrDefault(file, Map.of()).get(slug);
        if (inFile != null) {
            return Optional.of(inFile);
        }
        Set<Body> any = bySlug.getOrDefault(slug, Set.of());
        return any.size() == 1 ? Optional.of(any.iterator().next()) : Optional.empty();
    }

    /** The one body a user's {@code --body} names (its name, an alias or its id, any case); empty if none or several. */
    public Optional<Body> named(String given) {
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        return named.computeIfAbsent(given, g -> {
            String slug = BodySlug.of(g);
            List<Body> found = bodies.stream().filter(b -> b.answersTo(g) || b.id().equals(slug)).toList();
            return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
        });
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
