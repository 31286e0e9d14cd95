package org.boardpack.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a search found: how many records match in all, the top hits, facet counts if asked for, and
 * what else the query searched for: each acronym with the expansions added (or each expansion
 * typed, under its acronym) and each first name with its other forms, in query order.
 */
public record SearchResult(long total, List<SearchHit> hits, List<FacetCount> facets,
                           Map<String, List<String>> expanded) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        expanded.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        expanded = Collections.unmodifiableMap(copy);
    }

    /** A result of a query that expanded nothing. */
    public SearchResult(long total, List<SearchHit> hits, List<FacetCount> facets) {
        this(total, hits, facets, Map.of());
    }
}
