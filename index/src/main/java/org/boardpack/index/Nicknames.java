package org.boardpack.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;

/**
 * First names that are the same person's name: {@code Dave} = {@code David}, {@code Liz} =
 * {@code Elizabeth}. One family a line of {@code nicknames.txt}; a name on two lines is in both
 * families, but the families do not merge through it ({@code Chris} is Christopher or Christine,
 * Christopher is not Christine). Immutable.
 */
public final class Nicknames {

    static final String RESOURCE = "nicknames.txt";

    private final Map<String, Set<String>> others;

    private Nicknames(Map<String, Set<String>> others) {
        this.others = Map.copyOf(others);
    }

    /** The bundled list. */
    public static Nicknames standard() {
        try (InputStream in = Nicknames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the boardpack-index jar");
            }
            return of(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** From lines of names separated by spaces; {@code #} starts a comment line. */
    public static Nicknames of(List<String> lines) {
        Map<String, Set<String>> m = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> family = List.of(line.strip().toLowerCase(Locale.ROOT).split("\\s+"));
            for (String name : family) {
                Set<String> set = m.computeIfAbsent(name, k -> new TreeSet<>());
                family.stream().filter(n -> !n.equals(name)).forEach(set::add);
            }
        }
        m.replaceAll((k, v) -> Set.copyOf(v));
        return new Nicknames(m);
    }

    /** The other forms of a first name written with a capital, capitalised; empty when it has none. */
    public Set<String> of(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return Set.of();
        }
        Set<String> forms = new TreeSet<>();
        others.getOrDefault(name.toLowerCase(Locale.ROOT), Set.of()).forEach(f -> forms.add(capitalised(f)));
        return forms;
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * The same, for Lucene's {@code SynonymGraphFilter} before lower-casing, names capitalised
     * (originals kept): a name is written with a capital, and {@code will} or {@code pat} in lower
     * case is a word, not William or Patricia.
     */
    SynonymMap synonymMap() {
        SynonymMap.Builder b = new SynonymMap.Builder(true);
        others.forEach((name, forms) -> forms.forEach(f ->
                b.add(new CharsRef(capitalised(name)), new CharsRef(capitalised(f)), true)));
        try {
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException("the nickname map could not be built", e);
        }
    }
}
