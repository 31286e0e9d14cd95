package org.boardpack.app.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.boardpack.index.DateRange;
import org.boardpack.index.FacetCount;
import org.boardpack.index.IndexException;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.SearchFilters;
import org.boardpack.index.SearchOrder;
import org.boardpack.index.SearchRequest;

/**
 * Whether a {@code --body} filter names a body the index has: a typo must not pass for "never
 * discussed", so a body the index does not have is refused with the bodies it does have (the
 * command line makes that a usage error).
 */
public final class KnownBodies {

    private final PackSearcher searcher;

    public KnownBodies(PackSearcher searcher) {
        this.searcher = searcher;
    }

    /** The index's bodies (the largest first) when {@code body} names none of them; null when it does or is null. */
    public List<String> insteadOf(String body) throws IndexException {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            SearchFilters onlyBody = new SearchFilters(Set.of(), body, DateRange.ANY);
            if (searcher.search(new SearchRequest("*:*", onlyBody, SearchOrder.RELEVANCE, 1, false), "", "").total() > 0) {
                return null;
            }
            return searcher.search(new SearchRequest("*:*", SearchFilters.NONE, SearchOrder.RELEVANCE, 1, true), "", "")
                    .facets().stream().filter(f -> f.dimension().equals("body")).findFirst()
                    .map(KnownBodies::labels).orElse(List.of());
        } catch (InvalidQueryException e) {
            throw new IllegalStateException("'*:*' is always a query", e);
        }
    }

    /** The largest bodies, and how many more there are when the facet lists only the largest. */
    private static List<String> labels(FacetCount f) {
        List<String> labels = new ArrayList<>(f.counts().stream().map(FacetCount.Count::label).toList());
        if (f.labels() > labels.size()) {
            labels.add("and " + (f.labels() - labels.size()) + " more");
        }
        return labels;
    }

    /** The sentence that says so. */
    public static String unknown(String body, List<String> bodies) {
        return bodies.isEmpty() ? "--body: no body '" + body + "' in the index, which has no meetings yet"
                : "--body: no body '" + body + "' in the index; its bodies include: " + String.join("; ", bodies);
    }
}
