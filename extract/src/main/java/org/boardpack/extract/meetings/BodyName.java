package org.boardpack.extract.meetings;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.boardpack.extract.documents.HeadingWords;
import org.boardpack.model.names.BodySlug;

/**
 * Cleans a body's name as printed in a title ({@code BLMK Partnership Board Minutes},
 * {@code Minutes of the Health and Wellbeing Board}, {@code HEALTH AND WELLBEING BOARD}) and
 * derives its slug. Only the words that say what kind of paper it is are removed; capitals are
 * softened only when the whole name is set in capitals.
 */
public final class BodyName {

    /**
     * Words before the name: {@code Minutes of the}, {@code MINUTES: *Special Meeting of the},
     * {@code Approved Minutes}, {@code Minutes of the Second Annual General Meeting (AGM) of}.
     */
    private static final Pattern LEADING = Pattern.compile("(?i)^[*\\s]*(?:(?:" + HeadingWords.QUALIFIER + "\\s+)*"
            + HeadingWords.PAPER + "\\b[\\s:*]*(?:(?:of|for)\\s+)?(?:(?:the|an?)\\s+)?"
            + "|(?:(?:the|an?)\\s+)?(?:\\w+\\s+){0,3}meeting\\s+(?:\\([\\w\\s]{1,12}\\)\\s+)?(?:of|for)\\s+(?:the\\s+)?"
            + "|(?:minute|notes)\\s+of\\s+(?:the\\s+|an?\\s+)?"
            + "|the\\s+)");
    /**
     * Words after the name: {@code Minutes}, {@code Meeting - Agenda}, {@code Minutes – Part I Public
     * Session}, {@code Annual General Meeting}, {@code Meeting Record}, {@code Meeting (held) in Public}.
     */
    private static final Pattern TRAILING = Pattern.compile("(?i)[\\s:,*–-]*(?:\\b" + HeadingWords.QUALIFIER + "\\b[\\s:,–-]*)*"
            + "\\b(?:" + HeadingWords.PAPER + "|" + HeadingWords.NOTES + "|" + HeadingWords.ACTION_LOG + "|" + HeadingWords.KIND + ")"
            + "(?:[\\s:,–-]+(?:(?:held\\s+)?in\\s+)?" + HeadingWords.QUALIFIER + ")*[\\s.:,–-]*$");
    /** Words of the heading's sentence left around the name: {@code held on}, {@code to be held at}, {@code held in Public}. */
    private static final Pattern HELD = Pattern.compile(
            "(?i)^(?:held|on)\\b\\s*|\\s*\\b(?:(?:to\\s+be\\s+|which\\s+(?:was|will\\s+be)\\s+)?held|convened)(?:\\s+(?:on|at|in))?\\s*$|\\s+on$"
            // how the meeting sat, not its name: Board of Directors held in Public, ... in Private
            + "|\\s*\\b(?:held\\s+)?in\\s+(?:" + HeadingWords.QUALIFIER + "\\s*)+$");
    /**
     * What is left of {@code Minutes – Part I Public Session} once the paper's word is gone: the
     * paper's qualifiers alone name no body.
     */
    private static final Pattern QUALIFIERS_ONLY = Pattern.compile("(?i)^[\\s:,*–-]*(?:" + HeadingWords.QUALIFIER + "\\b[\\s:,*–-]*)+$");
    /** A trailing abbreviation of the name: {@code Advisory Commission (PRAC)}. */
    private static final Pattern ABBREVIATION = Pattern.compile("\\s*\\([\\p{Lu}&]{2,8}\\)$");
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
            s = HELD.matcher(s).replaceAll("").strip();
            s = QUALIFIERS_ONLY.matcher(s).replaceFirst("").strip();
        } while (!s.equals(before) && !s.isEmpty());
        s = ABBREVIATION.matcher(s).replaceFirst("");
        s = s.replaceAll("^[\\s:,*–-]+|[\\s:,*–-]+$", "");
        if (isAllCaps(s)) {
            s = titleCase(s);
        }
        // the same board, however the minute-taker names it
        return TRUSTEE_BOARD.matcher(s).replaceAll("Board of Trustees");
    }

    /** The slug of a meeting id; the rule is the model's ({@link BodySlug}), which the index shares. */
    public static String slug(String body) {
        return BodySlug.of(body);
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
