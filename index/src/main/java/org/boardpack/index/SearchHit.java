package org.boardpack.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One ranked result: what kind of record, which meeting, where to open the source
 * ({@code path} and 1-based {@code page}, null for records without one), a highlighted snippet,
 * and which of the query's expansions it matched (acronym → expansions, first name → other forms).
 */
public record SearchHit(float score, String type, String meeting, String body, String date, String path,
                        Integer page, String snippet, String json, Map<String, List<String>> expanded) {

    public SearchHit {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        expanded.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        expanded = Collections.unmodifiableMap(copy);
    }

    /** A hit found by the words as typed. */
    public SearchHit(float score, String type, String meeting, String body, String date, String path,
                     Integer page, String snippet, String json) {
        this(score, type, meeting, body, date, path, page, snippet, json, Map.of());
    }

    /** {@code file:page}, or the file alone when the record has no page. */
    public String location() {
        return page == null ? path : path + ":" + page;
    }
}
