package org.boardpack.app.register;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two descriptions are, as the Jaccard similarity of their sets of content words: lower
 * case, punctuation and function words dropped, a plural {@code s} taken off. Word order and
 * small edits ("To provide …" → "Provide …") do not matter; different tasks share few words.
 */
public final class Wording {

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "to", "of", "and", "or", "for",
            "on", "in", "at", "by", "with", "from", "be", "is", "are", "was", "were", "will", "that", "this",
            "it", "its", "as", "into", "their", "any", "all");

    private Wording() {
    }

    /** The content words of a text; empty for null. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 2 || FUNCTION_WORDS.contains(w)) {
                continue;
            }
            words.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return words;
    }

    /** Shared words over all words, 0 to 1; -1 when either text has no content words (unknown). */
    public static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return -1;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return shared.size() / (double) (x.size() + y.size() - shared.size());
    }
}
