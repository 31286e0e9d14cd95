package org.boardpack.model.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two printings of a body's name are the same body: the agenda's
 * {@code Partnership Board for Bedfordshire, Luton and Milton Keynes} and the minutes'
 * {@code BLMK Partnership Board}; the front sheet's {@code Mid Vale Health and Wellbeing Board}
 * and the minutes' {@code Mid Vale Council Health and Wellbeing Board}. One name's words must all
 * be in the other, an acronym standing for the words whose initials it spells; words that name the
 * kind of authority ({@code Council}) and small words do not count.
 */
public final class SameBody {

    private static final Set<String> IGNORED = Set.of("and", "of", "the", "for", "&", "in", "council", "borough",
            "county", "district", "city");

    private SameBody() {
    }

    public static boolean test(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        long shared = wa.stream().filter(w -> wb.contains(w.toLowerCase(Locale.ROOT))
                || wb.stream().anyMatch(x -> x.equalsIgnoreCase(w))).count();
        return shared >= 2 && (covered(wa, wb) || covered(wb, wa));
    }

    /** Every word of {@code small} is in {@code large}, or is an acronym of a run of its words. */
    private static boolean covered(List<String> small, List<String> large) {
        for (String w : small) {
            boolean found = large.stream().anyMatch(x -> x.equalsIgnoreCase(w)) || isAcronymIn(w, large);
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronymIn(String word, List<String> words) {
        if (word.length() < 2 || word.length() > 6 || !word.equals(word.toUpperCase(Locale.ROOT))) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            initials.append(Character.toUpperCase(w.charAt(0)));
        }
        return initials.indexOf(word) >= 0;
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.split("[^\\p{L}\\p{N}&]+")) {
            if (!w.isEmpty() && !IGNORED.contains(w.toLowerCase(Locale.ROOT))) {
                out.add(w);
            }
        }
        return out;
    }
}
