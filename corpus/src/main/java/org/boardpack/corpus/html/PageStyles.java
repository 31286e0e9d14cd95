package org.boardpack.corpus.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.boardpack.corpus.html.PackDocument.Section;

/**
 * The distinct page styles a document needs, one per (orientation, running header) pair, named
 * in order of first use. Both writers need them: CSS named pages and ODF master pages each carry
 * one orientation and one header text.
 */
record PageStyles(Map<Key, String> names) {

    /** An orientation and a running header (nullable). */
    record Key(boolean landscape, String header) {
    }

    static PageStyles of(PackDocument doc) {
        Map<Key, String> names = new LinkedHashMap<>();
        for (Section s : doc.sections()) {
            names.computeIfAbsent(key(s), k -> "page" + names.size());
        }
        return new PageStyles(Map.copyOf(names));
    }

    static Key key(Section s) {
        return new Key(s.landscape(), s.runningHeader());
    }

    String name(Section s) {
        return names.get(key(s));
    }

    /** The keys in the order of their names. */
    List<Key> keys() {
        List<Key> keys = new ArrayList<>(names.keySet());
        keys.sort(java.util.Comparator.comparingInt(k -> Integer.parseInt(names.get(k).substring(4))));
        return keys;
    }
}
