package org.boardpack.index;

import java.util.List;

/** What a search found: how many records match in all, the top hits, and facet counts if asked for. */
public record SearchResult(long total, List<SearchHit> hits, List<FacetCount> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }
}
