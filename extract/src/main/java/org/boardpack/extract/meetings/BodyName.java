package org.boardpack.extract.meetings;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans a body's name as printed in a title ({@code BLMK Partnership Board Minutes},
 * {@code Minutes of the Health and Wellbeing Board}, {@code HEALTH AND WELLBEING BOARD}) and
 * derives its slug. Only the words that say what kind of paper it is are removed; capitals are
 * softened only when the whole name is set in capitals.
 */
public final class BodyName {

    private static final Pattern LEADING = Pattern.compile(
            "(?i)^(draft\\s+)?((minutes|notes|agenda)\\s+(of|for)\\s+(the\\s+)?(meeting\\s+of\\s+(the\\s+)?)?|meeting\\s+of\\s+(the\\s+)?|the\\s+)");
    private static final Pattern TRAILING = Pattern.compile(
            "(?i)[\\s:,-]*(\\b(draft|public|open|part\\s+(1|i|one))\\b[\\s:,-]*)*\\b(minutes|meeting notes|notes|agenda|meeting)$");
    private static final Pattern TRUSTEE_BOARD = Pattern.compile("(?i)\\btrustees?'? board\\b");
    private static final Set<String> SMALL = Set.of("and", "of", "the", "for", "in", "on", "at", "to", "a", "an", "&");

    private BodyName() {
    }

    public static String clean(String printed) {
        String s = printed.strip().replaceAll("\\s+", " ");
        String before;
        do {
            before = s;
            s = LEADING.matcher(s).replaceFirst("").strip();
            s = TRAILING.matcher(s).replaceFirst("").strip();
        } while (!s.equals(before) && !s.isEmpty());
        s = s.replaceAll("[\\s:,-]+$", "");
        if (isAllCaps(s)) {
            s = titleCase(s);
        }
        // the same board, however the minute-taker names it
        return TRUSTEE_BOARD.matcher(s).replaceAll("Board of Trustees");
    }

    public static String slug(String body) {
        String ascii = Normalizer.normalize(body, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    static boolean isAllCaps(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && s.chars().filter(Character::isLetter).count() > 6;
    }

    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        String[] words = s.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                out.append(' ');
            }
            if (i > 0 && SMALL.contains(w) || w.isEmpty()) {
                out.append(w);
            } else {
                out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return out.toString();
    }
}
