package org.boardpack.app.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code actions} query: every word given must begin a word of the action's text (reference,
 * item, description, owner, status and updates), in any case, so {@code vaccin} finds
 * {@code vaccination}. Kept this simple because the register is built outside Lucene; for ranked
 * full-text search there is {@code boardpack search --type action}.
 */
public final class WordMatch {

    private final List<String> words;

    public WordMatch(List<String> query) {
        List<String> w = new ArrayList<>();
        for (String q : query) {
            Arrays.stream(q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(s -> !s.isEmpty()).forEach(w::add);
        }
        this.words = List.copyOf(w);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    public boolean matches(String text) {
        List<String> have = Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        return words.stream().allMatch(w -> have.stream().anyMatch(h -> h.startsWith(w)));
    }
}
