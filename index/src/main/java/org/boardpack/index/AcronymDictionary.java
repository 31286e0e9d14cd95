package org.boardpack.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Acronyms and their expansions, immutable: the project's glossary and the definitions found in
 * the indexed papers. An acronym is known by its letters in any case ({@code DToC} = {@code DTOC});
 * an expansion is kept once however its case or {@code &} / {@code and} is written.
 */
public final class AcronymDictionary {

    /** One acronym as first written, its expansions, and whether a query may write it in lower case. */
    public record Entry(String acronym, List<String> expansions, boolean anyCase) {

        public Entry {
            expansions = List.copyOf(expansions);
        }
    }

    private static final AcronymDictionary EMPTY = new AcronymDictionary(Map.of());

    private final Map<String, Entry> byKey;

    private AcronymDictionary(Map<String, Entry> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    public static AcronymDictionary empty() {
        return EMPTY;
    }

    /**
     * @param anyCase whether a query word in lower case names these acronyms (true for a curated
     *                glossary; the papers' own acronyms must be written in capitals, as they print
     *                them, so an ordinary word is never taken for one)
     * @param capitalsOnly acronyms that are also English words, matched only in capitals
     */
    public static AcronymDictionary of(Collection<AcronymPair> pairs, boolean anyCase, Set<String> capitalsOnly) {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (AcronymPair p : pairs) {
            boolean lower = anyCase && !capitalsOnly.contains(key(p.acronym()));
            add(m, new Entry(p.acronym(), List.of(p.expansion()), lower));
        }
        return new AcronymDictionary(m);
    }

    /** Both dictionaries' entries; an acronym in both has the expansions of both, this one's first. */
    public AcronymDictionary merge(AcronymDictionary other) {
        Map<String, Entry> m = new LinkedHashMap<>(byKey);
        other.byKey.values().forEach(e -> add(m, e));
        return new AcronymDictionary(m);
    }

    /** The entry of an acronym by its letters in any case. */
    public Optional<Entry> entry(String acronym) {
        return Optional.ofNullable(byKey.get(key(acronym)));
    }

    /**
     * The entry a query word names: written with two or more capitals ({@code CCG}, {@code A&E},
     * {@code PCNs}), or in lower case for a glossary acronym that is not also a word.
     */
    public Optional<Entry> named(String word) {
        String w = word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
        boolean capitals = w.chars().filter(Character::isUpperCase).count() >= 2;
        Optional<Entry> e = entry(w);
        if (e.isEmpty() && w.length() > 2 && w.endsWith("s")) {
            e = entry(w.substring(0, w.length() - 1)); // a plural: CCGs
        }
        return e.filter(x -> capitals || x.anyCase());
    }

    public List<Entry> entries() {
        return List.copyOf(byKey.values());
    }

    public int size() {
        return byKey.size();
    }

    /** How two spellings of one expansion compare: case, {@code &} / {@code and} and spacing aside. */
    static String sameExpansion(String expansion) {
        return expansion.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String key(String acronym) {
        return acronym.toUpperCase(Locale.ROOT);
    }

    private static void add(Map<String, Entry> m, Entry e) {
        m.merge(key(e.acronym()), e, (old, added) -> {
            List<String> expansions = new ArrayList<>(old.expansions());
            for (String x : added.expansions()) {
                if (expansions.stream().noneMatch(y -> sameExpansion(y).equals(sameExpansion(x)))) {
                    expansions.add(x);
                }
            }
            return new Entry(old.acronym(), expansions, old.anyCase() || added.anyCase());
        });
    }
}
