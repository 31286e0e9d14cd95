package org.boardpack.extract.actions;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A quick, exact pre-test for a vocabulary of phrases matched as whole words: a phrase can only be
 * found in a text holding its first word as a whole word (a maximal run of {@code [a-z0-9_]}).
 * Most texts asked about (every cell, every run of every line) hold none of the first words, and
 * are then answered without running the vocabulary's patterns. Phrases that begin with another
 * character ({@code #}) keep that character as their lead instead.
 */
record LeadWords(Set<String> words, String marks) {

    /** @param phrases lower-case phrases, as the vocabulary's patterns match them */
    static LeadWords of(List<String> phrases) {
        Set<String> words = new HashSet<>();
        StringBuilder marks = new StringBuilder();
        for (String phrase : phrases) {
            int end = 0;
            while (end < phrase.length() && isWordChar(phrase.charAt(end))) {
                end++;
            }
            if (end > 0) {
                words.add(phrase.substring(0, end));
            } else if (!phrase.isEmpty()) {
                marks.append(phrase.charAt(0));
            }
        }
        return new LeadWords(Set.copyOf(words), marks.toString());
    }

    /** Whether a lower-case text holds a phrase's first word as a whole word, or a phrase's lead mark. */
    boolean mayHold(String text) {
        for (int i = 0; i < marks.length(); i++) {
            if (text.indexOf(marks.charAt(i)) >= 0) {
                return true;
            }
        }
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && isWordChar(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                if (words.contains(text.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    /** Java's {@code \w}, as the vocabulary's patterns bound their words with it. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
