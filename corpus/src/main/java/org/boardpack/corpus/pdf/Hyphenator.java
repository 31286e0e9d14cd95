package org.boardpack.corpus.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Syllable-ish break points for line-end hyphenation: between a vowel and a consonant-vowel
 * ({@code vacci-nation}) or between two consonants that are not a digraph ({@code perfor-mance}),
 * keeping at least three letters on each side. Only plain lower-case words are broken: word
 * processors leave names and acronyms whole, and so must the corpus, whose answers keep names
 * as printed.
 */
public final class Hyphenator {

    private static final String VOWELS = "aeiouy";
    /** Pairs never split: digraphs, and consonant clusters that start a syllable ({@code re-cruit}). */
    private static final List<String> DIGRAPHS = List.of("ch", "sh", "th", "ph", "wh", "ck", "ng", "qu", "gh",
            "br", "cr", "dr", "fr", "gr", "pr", "tr", "bl", "cl", "fl", "gl", "pl", "sc", "sp", "st");

    private Hyphenator() {
    }

    /** Indices {@code i} at which {@code word} may print as {@code word[0,i) + "-"} then {@code word[i,)}; longest prefix last. */
    public static List<Integer> breaks(String word) {
        List<Integer> out = new ArrayList<>();
        if (word.length() < 7 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return out;
        }
        for (int i = 3; i <= word.length() - 3; i++) {
            char a = word.charAt(i - 1);
            char b = word.charAt(i);
            char c = word.charAt(i + 1);
            boolean vcv = vowel(a) && !vowel(b) && vowel(c);
            boolean cc = !vowel(a) && !vowel(b) && !DIGRAPHS.contains("" + a + b) && vowel(word.charAt(i - 2));
            if (vcv || cc) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean vowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
