package org.boardpack.index.bodies;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.boardpack.model.names.SameBody;

/**
 * Whether two names printed by papers in one folder are one body's: the same words
 * ({@code Amenities, Leisure & Community Services Committee} / {@code … and Community Services
 * Committee Meeting}); an acronym and its expansion ({@code BLMK Partnership Board} / {@code
 * Partnership Board for Bedfordshire, Luton and Milton Keynes}, {@code TWG} / {@code Technical
 * Working Group}); a short name that is the first of the remits the formal name lists
 * ({@code Amenities Committee} / {@code Amenities, Leisure & Community Services Committee}). A name
 * that only shares words with another is another body's ({@code Planning Committee} / {@code
 * Strategic Planning Committee}; {@code Cabinet} / {@code Cabinet Committee - Group Company
 * Governance}).
 */
final class SameBodyName {

    /** Where a formal name's list of remits is split: {@code Amenities, Leisure & Community Services}. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SMALL = Set.of("and", "of", "the", "for", "in");

    boolean test(String a, String b) {
        BodyNameKey ka = BodyNameKey.of(a);
        BodyNameKey kb = BodyNameKey.of(b);
        if (ka.text().isEmpty() || kb.text().isEmpty()) {
            return false;
        }
        if (significant(ka.text()).equals(significant(kb.text()))) {
            return true;
        }
        if (!SameBody.test(ka.phrase(), kb.phrase()) && !wholeAcronym(ka, kb) && !wholeAcronym(kb, ka)) {
            return false;
        }
        if (acronymOf(ka, kb) || acronymOf(kb, ka) || wholeAcronym(ka, kb) || wholeAcronym(kb, ka)) {
            return true;
        }
        boolean aSmaller = ka.words().size() <= kb.words().size();
        BodyNameKey small = aSmaller ? ka : kb;
        BodyNameKey largeKey = aSmaller ? kb : ka;
        String large = aSmaller ? b : a;
        if (distinctive(small).isEmpty()) {
            return false;
        }
        // the same name with its kind noun or without: … Community Services / … Community Services Committee
        Set<String> extra = new HashSet<>(distinctive(largeKey));
        extra.removeAll(distinctive(small));
        if (distinctive(largeKey).containsAll(distinctive(small))
                && extra.equals(Set.of(largeKey.words().getLast().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        return firstRemit(large).containsAll(distinctive(small));
    }

    /** A name that is only an acronym of the other's words: {@code TWG} / {@code Technical Working Group}. */
    private static boolean wholeAcronym(BodyNameKey acronym, BodyNameKey expansion) {
        if (acronym.words().size() != 1 || !isAcronym(acronym.words().getFirst())) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : expansion.words()) {
            if (!SMALL.contains(w.toLowerCase(Locale.ROOT))) {
                initials.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return initials.toString().equals(acronym.words().getFirst());
    }

    /** Whether {@code a} prints an acronym that {@code b} spells out (and so does not print itself). */
    private static boolean acronymOf(BodyNameKey a, BodyNameKey b) {
        return a.words().stream().anyMatch(w -> isAcronym(w) && b.words().stream().noneMatch(w::equalsIgnoreCase));
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase);
    }

    /**
     * The words of a formal name's first remit and the kind noun it ends with: {@code amenities
     * committee} of {@code Amenities, Leisure & Community Services Committee}; empty when the name
     * lists no remits.
     */
    private static Set<String> firstRemit(String printed) {
        String[] items = LIST_SEPARATOR.split(printed.strip());
        if (items.length < 2) {
            return Set.of();
        }
        Set<String> out = significant(BodyNameKey.of(items[0]).text());
        List<String> words = BodyNameKey.of(printed).words();
        if (!words.isEmpty()) {
            out.add(words.getLast().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static Set<String> distinctive(BodyNameKey key) {
        return significant(key.text());
    }

    private static Set<String> significant(String text) {
        Set<String> out = new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\s+")));
        out.removeAll(SMALL);
        out.remove("");
        return out;
    }
}
