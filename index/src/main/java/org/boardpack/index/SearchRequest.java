package org.boardpack.index;

/**
 * One search: the query in Lucene's syntax, the filters, the order, how many hits to return, and
 * whether to count facets over all the hits (not only the ones returned).
 */
public record SearchRequest(String query, SearchFilters filters, SearchOrder order, int limit, boolean facets) {

    public SearchRequest {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("the query is empty");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be at least 1");
        }
        filters = filters == null ? SearchFilters.NONE : filters;
        order = order == null ? SearchOrder.RELEVANCE : order;
    }

    /** A ranked search without filters or facets. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, SearchFilters.NONE, SearchOrder.RELEVANCE, limit, false);
    }
}
