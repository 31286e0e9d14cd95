package org.boardpack.extract.lexicon;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.boardpack.model.names.WordList;

/**
 * The one home of the cue words the extractors read papers by, kept as data: one resource per
 * vocabulary beside this class ({@code honorifics.txt}, {@code attendance-labels.txt}, …), one
 * entry per line, {@code #} starting a comment. A vocabulary is read once by the extractor that
 * owns it; each file says in its header what it is for and where its words come from.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /** The entries of one vocabulary, in file order, blank lines and comments left out. */
    public static List<String> words(String vocabulary) {
        return WordList.read(Lexicon.class, vocabulary + ".txt");
    }

    /**
     * A regular-expression alternation of a vocabulary's entries, longest first so that
     * {@code apologies for absence} wins over {@code apologies}; entries are literal text, their
     * inner spaces matching any run of white space.
     */
    public static String alternation(String vocabulary) {
        return words(vocabulary).stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
