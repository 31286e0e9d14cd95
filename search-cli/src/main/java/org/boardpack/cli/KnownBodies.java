package org.boardpack.cli;

import java.util.List;
import java.util.Set;
import org.boardpack.index.DateRange;
import org.boardpack.index.IndexException;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.SearchFilters;
import org.boardpack.index.SearchOrder;
import org.boardpack.index.SearchRequest;

/**
 * When a {@code --body} filter leaves nothing, whether it is because no body has that name, so a
 * typo is not mistaken for "never discussed": then the bodies the index does have.
 */
final class KnownBodies {

    private final PackSearcher searcher;

    KnownBodies(PackSearcher searcher) {
        this.searcher = searcher;
    }

    /** The index's bodies (the largest first) when {@code body} names none of them; empty when it does or is null. */
    List<String> insteadOf(String body) throws IndexException {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        try {
            SearchFilters onlyBody = new SearchFilters(Set.of(), body, DateRange.ANY);
            if (searcher.search(new SearchRequest("*:*", onlyBody, SearchOrder.RELEVANCE, 1, false), "", "").total() > 0) {
                return List.of();
            }
            return searcher.search(new SearchRequest("*:*", SearchFilters.NONE, SearchOrder.RELEVANCE, 1, true), "", "")
                    .facets().stream().filter(f -> f.dimension().equals("body")).findFirst()
                    .map(f -> f.counts().stream().map(c -> c.label()).toList()).orElse(List.of());
        } catch (InvalidQueryException e) {
            throw new IllegalStateException("'*:*' is always a query", e);
        }
    }

    /** The sentence that says so. */
    static String unknown(String body, List<String> bodies) {
        return "No body '" + body + "' in the index; its bodies include: " + String.join("; ", bodies);
    }
}
