package org.boardpack.extract.text;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a hyphen at the end of a line belongs to the text ({@code fit-} / {@code out}) or only
 * to the line break ({@code electroni-} / {@code cally}), which the format says to remove. In
 * order of strength:
 * <ol>
 * <li>the document prints the joined word whole elsewhere: a break;</li>
 * <li>it prints the compound with its hyphen inside a line elsewhere: a compound;</li>
 * <li>the next line starts with a capital or a digit ({@code Vice-} / {@code Chairman},
 * {@code COVID-} / {@code 19}): a compound, since hyphenation breaks only lower-case words;</li>
 * <li>the first part is a prefix English writes with a hyphen ({@code co-}, {@code non-},
 * {@code self-}), or both parts are words of three letters or more that the document uses on
 * their own ({@code long-} / {@code term}): a compound;</li>
 * <li>otherwise a break: a fragment that is no word ({@code vacci-}) is what hyphenation leaves.</li>
 * </ol>
 */
final class LineEndHyphen {

    private static final Set<String> PREFIXES = Set.of(
            "co", "non", "self", "ex", "pre", "post", "cross", "multi", "inter", "anti", "semi", "pan", "sub",
            "well", "re", "mid", "over", "under", "out", "part", "half", "all", "one", "two", "three", "four", "five",
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "year", "day", "long",
            "short", "high", "low", "full", "first", "second", "third", "front", "back", "face", "e");
    /** Shorter parts are often function words a break leaves whole ({@code be-} / {@code come}). */
    private static final int MIN_PART = 3;

    private final Vocabulary vocabulary;

    LineEndHyphen(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param head the last word of the line, without its hyphen ({@code electroni})
     * @param tail the first word of the next line, punctuation stripped ({@code cally})
     */
    boolean keeps(String head, String tail) {
        if (tail.isEmpty() || !Character.isLowerCase(tail.charAt(0))) {
            return true;
        }
        if (vocabulary.hasWord(head + tail)) {
            return false;
        }
        if (vocabulary.hasCompound(head + "-" + tail)) {
            return true;
        }
        String h = head.toLowerCase(Locale.ROOT);
        if (PREFIXES.contains(h)) {
            return true;
        }
        return h.length() >= MIN_PART && tail.length() >= MIN_PART && vocabulary.hasWord(h) && vocabulary.hasWord(tail);
    }
}
