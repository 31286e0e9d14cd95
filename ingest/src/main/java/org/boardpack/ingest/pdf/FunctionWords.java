package org.boardpack.ingest.pdf;

import java.util.Locale;
import java.util.Set;

/**
 * The commonest short words of running text, for telling a language from letters in random order
 * (a font whose codes were shifted turns "the meeting" into "uif nffujoh"): English first, with
 * the words every set of minutes prints, and the commonest of other languages written in Latin
 * letters (Welsh, French, German, Spanish, Italian, Dutch, Portuguese, Polish, the Scandinavian
 * languages), so that a page in one of them is not taken for junk. Two letters or more: a single
 * letter turns up in any shifted text by chance.
 */
final class FunctionWords {

    private static final Set<String> WORDS = Set.of(
            // English
            "the", "and", "of", "to", "in", "for", "that", "is", "on", "with", "be", "by", "at", "as", "it",
            "was", "are", "from", "this", "not", "or", "an", "have", "has", "had", "will", "would", "were",
            "which", "their", "there", "been", "but", "all", "any", "should", "also", "can", "he", "she",
            "they", "we", "you", "his", "her", "its", "our", "who", "may", "no", "if", "into", "than", "other",
            "meeting", "council", "minutes", "agenda", "item", "chair", "chairman", "members", "committee",
            "board", "report", "noted", "agreed", "resolved", "present", "apologies", "date", "next",
            // Welsh
            "yr", "ac", "yn", "ar", "gan", "ei", "am", "fel", "mae", "ond", "bod",
            // French
            "le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "pour", "dans", "que", "qui",
            "au", "sur", "par", "pas", "ce",
            // German
            "der", "die", "das", "und", "ist", "den", "zu", "mit", "von", "nicht", "sich", "ein", "eine", "auf",
            // Spanish, Italian, Portuguese
            "el", "los", "las", "en", "por", "con", "del", "para", "il", "di", "che", "per", "della",
            "da", "do", "em", "os", "não",
            // Dutch
            "het", "een", "van", "op", "te", "niet",
            // Polish, Swedish, Danish, Norwegian
            "nie", "się", "jest", "oraz", "och", "att", "det", "som", "til", "för", "med");

    private FunctionWords() {
    }

    /** Whether a word (any case) is one of them. */
    static boolean contains(String word) {
        return word.length() >= 2 && WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
