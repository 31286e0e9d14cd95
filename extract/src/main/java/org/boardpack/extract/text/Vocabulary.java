package org.boardpack.extract.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a document uses, lower-cased: those printed whole, and the hyphenated compounds
 * printed inside a line ({@code fit-out}, {@code co-production}). A document is its own best
 * dictionary for telling a line-break hyphen from a compound's: a word broken at one line end is
 * usually printed whole somewhere else, and a compound usually keeps its hyphen elsewhere too.
 */
public record Vocabulary(Set<String> words, Set<String> compounds) {

    /** Runs of letters joined by inner hyphens or apostrophes; a hyphen at the end of a line is not inner. */
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*(-?)");

    public Vocabulary {
        words = Set.copyOf(words);
        compounds = Set.copyOf(compounds);
    }

    public static Vocabulary empty() {
        return new Vocabulary(Set.of(), Set.of());
    }

    /** The vocabulary of some lines of text, each line as printed. */
    public static Vocabulary of(Iterable<String> lines) {
        Set<String> words = new HashSet<>();
        Set<String> compounds = new HashSet<>();
        for (String line : lines) {
            Matcher m = TOKEN.matcher(line);
            while (m.find()) {
                if (!m.group(1).isEmpty()) {
                    continue; // "electroni-" before a space or the line's end: a fragment, not a word
                }
                String token = m.group().toLowerCase(Locale.ROOT);
                (token.indexOf('-') > 0 ? compounds : words).add(token);
            }
        }
        return new Vocabulary(words, compounds);
    }

    public boolean hasWord(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean hasCompound(String compound) {
        return compounds.contains(compound.toLowerCase(Locale.ROOT));
    }
}
