package org.boardpack.extract.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a document uses, lower-cased: those printed whole, and the hyphenated compounds
 * printed inside a line ({@code fit-out}, {@code co-production}). A document is its own best
 * dictionary for telling a line-break hyphen from a compound's: a word broken at one line end is
 * usually printed whole somewhere else, and a compound usually keeps its hyphen elsewhere too.
 */
public record Vocabulary(Set<String> words, Set<String> compounds) {

    /**
     * Runs of letters joined by inner hyphens or apostrophes; a hyphen at the end of a line is not
     * inner. The specification of {@link #tokenEnd}, which finds the same matches faster.
     */
    static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*(-?)");

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
            int i = 0;
            while (i < line.length()) {
                int end = tokenEnd(line, i);
                if (end < 0) {
                    i += Character.charCount(line.codePointAt(i));
                    continue;
                }
                if (line.charAt(end - 1) != '-') { // "electroni-" before a space or the line's end: a fragment
                    String token = line.substring(i, end).toLowerCase(Locale.ROOT);
                    (token.indexOf('-') > 0 ? compounds : words).add(token);
                }
                i = end;
            }
        }
        return new Vocabulary(words, compounds);
    }

    /**
     * Where the token starting at {@code from} ends, or -1 if none starts there: the match of
     * {@link #TOKEN} at that place, scanned by hand because this runs over every line of a pack.
     */
    static int tokenEnd(String line, int from) {
        int end = letters(line, from);
        if (end == from) {
            return -1;
        }
        while (end < line.length()) {
            char c = line.charAt(end);
            int after = c == '\'' || c == '’' || c == '-' ? letters(line, end + 1) : end + 1;
            if (after == end + 1) {
                break; // no joiner, or a joiner with no letter after it
            }
            end = after;
        }
        return end < line.length() && line.charAt(end) == '-' ? end + 1 : end;
    }

    /** The end of the run of letters at {@code from} ({@code from} itself when none is there). */
    private static int letters(String line, int from) {
        int i = from;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            if (!Character.isLetter(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    public boolean hasWord(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean hasCompound(String compound) {
        return compounds.contains(compound.toLowerCase(Locale.ROOT));
    }
}
