package org.boardpack.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an acronym's letters plausibly spell a run of words: every significant word gives its
 * first letter, in order; little words ({@code of}, {@code the}, {@code and}, {@code &}, …) may
 * give theirs or be skipped ({@code A&E}, {@code DToC}); more letters may come from inside a word
 * only where the word prints them in capitals ({@code NHS England} = {@code NHSE}) or the acronym
 * prints them in lower case ({@code MedFT}).
 */
final class AcronymSpelling {

    /** Words an acronym usually skips. */
    static final Set<String> LITTLE_WORDS = Set.of("and", "&", "of", "the", "for", "in", "on", "to", "with", "a",
            "an", "at", "by", "or");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}&][\\p{L}\\p{N}&'’]*");

    private AcronymSpelling() {
    }

    /** The words of a stretch of text: hyphens, commas and slashes separate them. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** A token that can be an acronym: 2 to 10 letters (and {@code &}), at least two of them capitals. */
    static boolean isAcronym(String token) {
        if (token.length() < 2 || token.length() > 10 || !Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (!Character.isLowerCase(c) && c != '&') {
                return false;
            }
        }
        return capitals >= 2;
    }

    /** True when the acronym spells exactly these words (at least two significant ones). */
    static boolean spells(String acronym, List<String> words) {
        if (words.stream().filter(w -> !isLittle(w)).count() < 2) {
            return false;
        }
        return match(acronym, 0, words, 0);
    }

    static boolean isLittle(String word) {
        return LITTLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean match(String acr, int a, List<String> words, int w) {
        if (w == words.size()) {
            return a == acr.length();
        }
        String word = words.get(w);
        if (isLittle(word)) {
            if (match(acr, a, words, w + 1)) {
                return true;
            }
            return a < acr.length() && startsWith(word, acr.charAt(a)) && match(acr, a + 1, words, w + 1);
        }
        if (a >= acr.length() || !sameLetter(word.charAt(0), acr.charAt(a))) {
            return false;
        }
        return inside(acr, a + 1, words, w, 1);
    }

    /** After a word gave its first letter: take more from inside it, or go on to the next word. */
    private static boolean inside(String acr, int a, List<String> words, int w, int from) {
        if (match(acr, a, words, w + 1)) {
            return true;
        }
        if (a >= acr.length()) {
            return false;
        }
        String word = words.get(w);
        char wanted = acr.charAt(a);
        for (int i = from; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean eligible = Character.isUpperCase(c) || Character.isLowerCase(wanted);
            if (eligible && sameLetter(c, wanted) && inside(acr, a + 1, words, w, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(String word, char letter) {
        if (letter == '&') {
            return word.equals("&") || word.equalsIgnoreCase("and");
        }
        return sameLetter(word.charAt(0), letter);
    }

    private static boolean sameLetter(char a, char b) {
        return Character.isLetter(a) && Character.toLowerCase(a) == Character.toLowerCase(b);
    }
}
