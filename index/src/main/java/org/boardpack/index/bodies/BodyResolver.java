package org.boardpack.index.bodies;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.boardpack.model.names.BodySlug;

/**
 * Resolves the names a corpus's papers print to one body each. A file a declaration's paths cover,
 * or a name it declares, is that body's, whatever else the paper prints. Other names are one body
 * when they have one key ({@link BodyNameKey}: the same name with the paper's words around it), or
 * when {@link SameBodyName} holds (an acronym and its expansion, a short name and the formal name
 * whose first remit it is) and the papers printing them are of one folder or list one action
 * ({@link ActionSignature}: the same reference in the same words), as a board's agendas filed
 * apart from its minutes and action logs do. Two declared bodies are never merged. A pure function
 * of the sightings and the declarations.
 */
public final class BodyResolver {

    private final List<BodyDeclaration> declared;
    private final List<List<PathMatcher>> matchers;
    private final Path base;
    /** For each declaration's globs, whether the glob is absolute (matched against the whole path). */
    private final List<List<Boolean>> absolute;
    private final SameBodyName same = new SameBodyName();

    /**
     * @param declared the declarations, in order (the first whose paths cover a file wins)
     * @param base     the folder relative path globs are relative to; a glob that starts with
     *                 {@code /} is matched against the whole path
     */
    public BodyResolver(List<BodyDeclaration> declared, Path base) {
        this.declared = List.copyOf(declared);
        this.base = base.toAbsolutePath().normalize();
        this.matchers = this.declared.stream()
                .map(d -> d.paths().stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList())
                .toList();
        this.absolute = this.declared.stream()
                .map(d -> d.paths().stream().map(g -> g.startsWith("/")).toList()).toList();
    }

    /** A printed name as read in files of one owner (a declaration's index, or -1 for none). */
    private record Node(String key, int owner, Map<String, Integer> printings, Set<Path> files,
                        List<BodySighting> sightings) {
    }

    /** The bodies, with no action evidence beyond what the sightings carry. */
    public List<Body> resolve(Collection<BodySighting> sightings) {
        return resolve(sightings, () -> ActionEvidence.NONE);
    }

    /**
     * The bodies, reading {@code evidence} only if two names that could be one body's share no
     * folder (most corpora have none, and reading it means reading every action).
     */
    public List<Body> resolve(Collection<BodySighting> sightings, Supplier<ActionEvidence> evidence) {
        return resolved(sightings, new Actions(evidence));
    }

    /** The signatures of the actions each node's files list under its names: carried, and read when first needed. */
    private static final class Actions {
        private final Supplier<ActionEvidence> later;
        private final Map<Node, Set<String>> ofNode = new IdentityHashMap<>();
        private ActionEvidence read;

        Actions(Supplier<ActionEvidence> later) {
            this.later = later;
        }

        Set<String> of(Node n) {
            return ofNode.computeIfAbsent(n, k -> {
                if (read == null) {
                    read = later.get();
                }
                Set<String> out = new HashSet<>();
                for (BodySighting s : k.sightings()) {
                    out.addAll(s.actions());
                    out.addAll(read.of(s.printed(), s.file()));
                }
                return out;
            });
        }

        /** Whether papers printing the two names list one action: the same reference in the same words. */
        boolean shared(Node a, Node b) {
            Set<String> ofA = of(a);
            return of(b).stream().anyMatch(ofA::contains);
        }
    }

    private List<Body> resolved(Collection<BodySighting> sightings, Actions actions) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (BodySighting s : sightings) {
            String key = BodyNameKey.of(s.printed()).text();
            if (key.isEmpty()) {
                continue;
            }
            int owner = owner(s);
            Node n = nodes.computeIfAbsent(key + "\u0000" + owner,
                    k -> new Node(key, owner, new LinkedHashMap<>(), new LinkedHashSet<>(), new ArrayList<>()));
            n.printings().merge(s.printed().strip(), 1, Integer::sum);
            n.files().add(s.file());
            n.sightings().add(s);
        }
        List<Node> list = new ArrayList<>(nodes.values());
        int[] parent = new int[list.size()];
        int[] owner = new int[list.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            owner[i] = list.get(i).owner();
        }
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (oneBody(list.get(i), list.get(j), actions)) {
                    union(parent, owner, i, j);
                }
            }
        }
        Map<Integer, List<Node>> groups = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(list.get(i));
        }
        List<Body> bodies = new ArrayList<>();
        Set<Integer> declaredSeen = new LinkedHashSet<>();
        for (Map.Entry<Integer, List<Node>> g : groups.entrySet()) {
            int o = owner[g.getKey()];
            declaredSeen.add(o);
            bodies.add(body(g.getValue(), o < 0 ? null : declared.get(o)));
        }
        for (int o = 0; o < declared.size(); o++) {
            if (!declaredSeen.contains(o)) {
                bodies.add(body(List.of(), declared.get(o)));
            }
        }
        bodies.sort(Comparator.comparing(b -> b.name().toLowerCase(java.util.Locale.ROOT)));
        return bodies;
    }

    /** The declaration a sighting belongs to: by its file's path, else by the name it prints; -1 for none. */
    private int owner(BodySighting s) {
        Path abs = s.file().toAbsolutePath().normalize();
        Path rel = relative(s.file());
        for (int i = 0; i < declared.size(); i++) {
            for (int g = 0; g < matchers.get(i).size(); g++) {
                Path against = absolute.get(i).get(g) ? abs : rel;
                if (against != null && matchers.get(i).get(g).matches(against)) {
                    return i;
                }
            }
        }
        String key = BodyNameKey.of(s.printed()).text();
        for (int i = 0; i < declared.size(); i++) {
            BodyDeclaration d = declared.get(i);
            if (BodyNameKey.of(d.name()).text().equals(key)
                    || d.aliases().stream().anyMatch(a -> BodyNameKey.of(a).text().equals(key))) {
                return i;
            }
        }
        return -1;
    }

    private Path relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs) : null;
    }

    private boolean oneBody(Node a, Node b, Actions actions) {
        if (a.owner() >= 0 && b.owner() >= 0) {
            return a.owner() == b.owner();
        }
        if (a.key().equals(b.key())) {
            return true;
        }
        if (!same.test(printed(a), printed(b))) {
            return false;
        }
        // names that can be one body's are one when one folder's papers print both, or two folders' list one action
        return shareFolder(a, b) || actions.shared(a, b);
    }

    private static boolean shareFolder(Node a, Node b) {
        Set<Path> folders = new LinkedHashSet<>();
        a.files().forEach(f -> folders.add(folder(f)));
        return b.files().stream().map(BodyResolver::folder).anyMatch(folders::contains);
    }

    private static Path folder(Path f) {
        Path p = f.toAbsolutePath().normalize().getParent();
        return p == null ? Path.of("") : p;
    }

    /** The printing of a node seen most often. */
    private static String printed(Node n) {
        return n.printings().entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(n.key());
    }

    private static void union(int[] parent, int[] owner, int i, int j) {
        int a = find(parent, i);
        int b = find(parent, j);
        if (a == b || (owner[a] >= 0 && owner[b] >= 0 && owner[a] != owner[b])) {
            return;
        }
        parent[b] = a;
        owner[a] = owner[a] >= 0 ? owner[a] : owner[b];
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static Body body(List<Node> nodes, BodyDeclaration declaration) {
        Map<String, Set<Path>> aliases = new LinkedHashMap<>();
        for (Node n : nodes) {
            aliases.computeIfAbsent(BodyNameKey.trimmed(printed(n)), k -> new LinkedHashSet<>()).addAll(n.files());
        }
        String name;
        if (declaration != null) {
            name = declaration.name();
            for (String a : declaration.aliases()) {
                boolean seen = aliases.keySet().stream().anyMatch(k -> BodyNameKey.of(k).text().equals(BodyNameKey.of(a).text()));
                if (!seen) {
                    aliases.put(a, Set.of());
                }
            }
        } else {
            // the name most files print; of those, the fullest
            name = aliases.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Set<Path>>>comparingInt(e -> e.getValue().size())
                            .thenComparingInt(e -> e.getKey().length()))
                    .map(Map.Entry::getKey).orElseThrow();
        }
        List<Body.Alias> list = aliases.entrySet().stream()
                .map(e -> new Body.Alias(e.getKey(), e.getValue().stream().sorted().toList())).toList();
        return new Body(BodySlug.of(name), name, declaration == null ? null : declaration.kind(),
                declaration != null, list);
    }
}
