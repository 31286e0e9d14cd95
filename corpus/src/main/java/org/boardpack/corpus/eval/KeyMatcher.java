package org.boardpack.corpus.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs expected and produced records that share a key. Records with the same key pair up in
 * document order; extra records on either side stay unmatched.
 */
final class KeyMatcher {

    record Pair<T>(T expected, T produced) {
    }

    private KeyMatcher() {
    }

    static <T, K> List<Pair<T>> match(List<T> expected, List<T> produced, Function<T, K> key) {
        Map<K, Deque<T>> byKey = new HashMap<>();
        for (T p : produced) {
            byKey.computeIfAbsent(key.apply(p), k -> new ArrayDeque<>()).add(p);
        }
        List<Pair<T>> pairs = new ArrayList<>();
        for (T e : expected) {
            Deque<T> candidates = byKey.get(key.apply(e));
            if (candidates != null && !candidates.isEmpty()) {
                pairs.add(new Pair<>(e, candidates.poll()));
            }
        }
        return pairs;
    }
}
