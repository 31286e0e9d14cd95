package org.boardpack.app.bodies;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.bodies.Body;
import org.boardpack.index.bodies.BodyDirectory;
import org.boardpack.index.bodies.MeetingSighting;

/** The bodies of an index, as {@code boardpack bodies} lists them. */
public final class BodiesService {

    private final PackSearcher searcher;

    public BodiesService(PackSearcher searcher) {
        this.searcher = searcher;
    }

    /** Every body, by name, with its packs, meetings and first and last meeting. */
    public List<BodySummary> list() throws IndexException {
        BodyDirectory bodies = searcher.bodies();
        Map<String, Set<Path>> packs = new HashMap<>();
        Map<String, TreeSet<String>> dates = new HashMap<>();
        for (MeetingSighting m : searcher.meetingSightings()) {
            Optional<Body> b = bodies.of(m.body(), m.file());
            if (b.isEmpty()) {
                continue;
            }
            packs.computeIfAbsent(b.get().id(), k -> new java.util.HashSet<>()).add(m.file());
            if (m.date() != null) {
                dates.computeIfAbsent(b.get().id(), k -> new TreeSet<>()).add(m.date());
            }
        }
        List<BodySummary> out = new ArrayList<>();
        for (Body b : bodies.bodies()) {
            TreeSet<String> d = dates.getOrDefault(b.id(), new TreeSet<>());
            out.add(new BodySummary(b, packs.getOrDefault(b.id(), Set.of()).size(), d.size(),
                    d.isEmpty() ? null : d.first(), d.isEmpty() ? null : d.last()));
        }
        return out;
    }

    /** The one body {@code given} names (a name, an alias or an id), or empty. */
    public Optional<Body> find(String given) throws IndexException {
        return searcher.bodies().named(given);
    }
}
