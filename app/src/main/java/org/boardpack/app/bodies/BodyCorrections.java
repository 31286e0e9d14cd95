package org.boardpack.app.bodies;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.bodies.BodiesFile;
import org.boardpack.index.bodies.BodiesFileException;
import org.boardpack.index.bodies.Body;
import org.boardpack.index.bodies.BodyDeclaration;

/**
 * The corrections a user records about bodies, kept with the index as a bodies file
 * ({@link PackSearcher#correctionsFile}) so they survive re-ingest, apply at query time, and can be
 * copied beside the packs and committed: a merge of bodies the rules kept apart, a new display name,
 * and the one-off {@code ingest DIR --body NAME}. A correction replaces any earlier one it overlaps.
 */
public final class BodyCorrections {

    private final Path file;

    public BodyCorrections(Path indexDir) {
        this.file = PackSearcher.correctionsFile(indexDir);
    }

    public Path file() {
        return file;
    }

    /** The corrections recorded so far. */
    public List<BodyDeclaration> read() throws BodiesFileException {
        return Files.isRegularFile(file) ? BodiesFile.read(file) : List.of();
    }

    /** {@code bodies merge}: the bodies are one, named {@code into} (the first body's name when null). */
    public BodyDeclaration merge(List<Body> bodies, String into) throws BodiesFileException {
        if (bodies.size() < 2) {
            throw new IllegalArgumentException("a merge needs two bodies or more");
        }
        String name = into != null && !into.isBlank() ? into.strip() : bodies.getFirst().name();
        return record(declaration(name, bodies));
    }

    /** {@code bodies rename}: the body is shown as {@code name}, and answers to its old names too. */
    public BodyDeclaration rename(Body body, String name) throws BodiesFileException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a body needs a name");
        }
        return record(declaration(name.strip(), List.of(body)));
    }

    /** {@code ingest DIR --body NAME}: every file under {@code input} is that body's papers. */
    public BodyDeclaration declareInput(String name, Path input) throws BodiesFileException {
        String dir = input.toAbsolutePath().normalize().toString().replace('\\', '/');
        String glob = Files.isDirectory(input) ? dir + "/**" : dir;
        List<String> paths = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        String kind = null;
        for (BodyDeclaration d : read()) {
            if (d.name().equalsIgnoreCase(name.strip())) {
                paths.addAll(d.paths());
                aliases.addAll(d.aliases());
                kind = d.kind();
            }
        }
        if (!paths.contains(glob)) {
            paths.add(glob);
        }
        return record(new BodyDeclaration(name.strip(), aliases, kind, paths));
    }

    private static BodyDeclaration declaration(String name, List<Body> bodies) {
        Set<String> aliases = new LinkedHashSet<>();
        String kind = null;
        for (Body b : bodies) {
            aliases.add(b.name());
            b.aliases().forEach(a -> aliases.add(a.name()));
            kind = kind != null ? kind : b.kind();
        }
        aliases.removeIf(a -> a.equalsIgnoreCase(name));
        return new BodyDeclaration(name, List.copyOf(aliases), kind, List.of());
    }

    /** Writes {@code d}, dropping earlier corrections that share a name or alias with it. */
    private BodyDeclaration record(BodyDeclaration d) throws BodiesFileException {
        Set<String> names = new LinkedHashSet<>();
        names.add(d.name().toLowerCase(java.util.Locale.ROOT));
        d.aliases().forEach(a -> names.add(a.toLowerCase(java.util.Locale.ROOT)));
        List<BodyDeclaration> kept = new ArrayList<>();
        Set<String> paths = new LinkedHashSet<>(d.paths());
        String kind = d.kind();
        for (BodyDeclaration old : read()) {
            boolean overlaps = names.contains(old.name().toLowerCase(java.util.Locale.ROOT))
                    || old.aliases().stream().anyMatch(a -> names.contains(a.toLowerCase(java.util.Locale.ROOT)));
            if (overlaps) {
                // the papers an earlier correction gave the body stay the body's
                paths.addAll(old.paths());
                kind = kind != null ? kind : old.kind();
            } else {
                kept.add(old);
            }
        }
        BodyDeclaration merged = new BodyDeclaration(d.name(), d.aliases(), kind, List.copyOf(paths));
        kept.add(merged);
        BodiesFile.write(file, kept);
        return merged;
    }
}
