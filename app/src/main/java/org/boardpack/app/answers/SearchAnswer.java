package org.boardpack.app.answers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.boardpack.index.FacetCount;
import org.boardpack.index.SearchHit;
import org.boardpack.index.SearchRequest;
import org.boardpack.index.SearchResult;

/**
 * A search as JSON: the query and filters as understood, the total, what else was searched
 * ({@code expanded}: acronyms' expansions, first names' other forms), the hits with their stored
 * record, and the facet counts when asked for. Snippets mark matched terms with {@code <b>…</b>}.
 */
public final class SearchAnswer {

    /** The marks put around matched terms in the JSON snippets. */
    public static final String MARK_OPEN = "<b>";
    public static final String MARK_CLOSE = "</b>";

    private final ObjectMapper json;

    public SearchAnswer(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode of(SearchRequest request, SearchResult result) throws JsonProcessingException {
        return of(request, result, result.hits());
    }

    /** The answer with only {@code hits} listed (a page of the result), the total still the result's. */
    public ObjectNode of(SearchRequest request, SearchResult result, List<SearchHit> hits) throws JsonProcessingException {
        ObjectNode root = json.createObjectNode();
        root.put("query", request.query());
        ObjectNode filters = root.putObject("filters");
        ArrayNode types = filters.putArray("types");
        request.filters().types().stream().sorted().forEach(types::add);
        filters.put("body", request.filters().body());
        filters.put("from", request.filters().dates().from() == null ? null : request.filters().dates().from().toString());
        filters.put("to", request.filters().dates().to() == null ? null : request.filters().dates().to().toString());
        root.put("sort", request.order().name().toLowerCase(Locale.ROOT));
        root.put("total", result.total());
        expansions(root, result.expanded());
        ArrayNode arr = root.putArray("hits");
        for (SearchHit h : hits) {
            ObjectNode n = arr.addObject();
            n.put("score", h.score());
            n.put("type", h.type());
            n.put("meeting", h.meeting());
            n.put("body", h.body());
            n.put("date", h.date());
            n.put("path", h.path());
            if (h.page() == null) {
                n.putNull("page");
            } else {
                n.put("page", h.page());
            }
            n.put("snippet", h.snippet());
            expansions(n, h.expanded());
            n.set("record", h.json() == null ? null : json.readTree(h.json()));
        }
        if (request.facets()) {
            ObjectNode facets = root.putObject("facets");
            for (FacetCount f : result.facets()) {
                ObjectNode dim = facets.putObject(f.dimension());
                dim.put("labels", f.labels());
                ArrayNode counts = dim.putArray("counts");
                f.counts().forEach(c -> counts.addObject().put("label", c.label()).put("count", c.count()));
            }
        }
        return root;
    }

    private static void expansions(ObjectNode parent, Map<String, List<String>> expanded) {
        ObjectNode node = parent.putObject("expanded");
        expanded.forEach((typed, also) -> {
            ArrayNode forms = node.putArray(typed);
            also.forEach(forms::add);
        });
    }
}
