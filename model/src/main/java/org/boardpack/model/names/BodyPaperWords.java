package org.boardpack.model.names;

import java.util.Locale;
import java.util.Set;

/**
 * Words printed around a body's name that are the paper's or the meeting's, not the body's
 * ({@code Minutes of the …}, {@code … Committee Meeting}, {@code … Agenda}): the vocabulary
 * {@code body-paper-words.txt} beside this class, its one home.
 */
public final class BodyPaperWords {

    private static final Set<String> WORDS = Set.copyOf(WordList.read(BodyPaperWords.class, "body-paper-words.txt"));

    private BodyPaperWords() {
    }

    /** Whether a word (any case) is the paper's. */
    public static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
