package org.boardpack.web;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.boardpack.index.SearchHit;
import org.boardpack.index.SearchOrder;
import org.boardpack.index.SearchRequest;
import org.boardpack.index.SearchResult;

/**
 * The search page's and {@code /api/search}'s parameters: {@code q} in the query language of
 * {@code boardpack search}, {@code type} (repeatable or comma-separated), the meeting filters,
 * {@code sort} (relevance or date), {@code page} and {@code size}. The whole search is in the URL,
 * so it can be bookmarked and shared; {@link #link} writes it back.
 */
public record SearchForm(String q, Set<String> types, MeetingFilters meetings, String sort, int page, int size) {

    public static final int MAX_PAGE = 50;
    public static final int MAX_SIZE = 100;
    public static final Set<String> NAMES;

    static {
        Set<String> names = new HashSet<>(MeetingFilters.NAMES);
        names.addAll(List.of("q", "type", "sort", "page", "size"));
        NAMES = Set.copyOf(names);
    }

    public SearchForm {
        types = Set.copyOf(new LinkedHashSet<>(types));
    }

    public static SearchForm of(Params p, int defaultSize) {
        MeetingFilters meetings = MeetingFilters.of(p);
        Set<String> types = p.words("type");
        meetings.over(types); // a wrong type is a 400 before anything runs
        return new SearchForm(p.text("q"), types, meetings, p.choice("sort", List.of("relevance", "date"), "relevance"),
                p.integer("page", 1, 1, MAX_PAGE), p.integer("size", defaultSize, 1, MAX_SIZE));
    }

    /** The request for every hit up to the end of this page, with facets. */
    public SearchRequest request() {
        SearchOrder order = sort.equals("date") ? SearchOrder.DATE : SearchOrder.RELEVANCE;
        return new SearchRequest(q, meetings.over(types), order, page * size, true);
    }

    /**
     * This search as a query string with one parameter changed ({@code null}: removed; {@code dates}:
     * both bounds removed); the page back to 1 unless it is the one changed.
     */
    public String link(String name, String value) {
        QueryString qs = new QueryString()
                .add("q", q)
                .addAll("type", name.equals("type") ? (value == null ? List.of() : List.of(value)) : List.copyOf(types))
                .add("body", name.equals("body") ? value : meetings.body())
                .add("from", name.equals("from") ? value : name.equals("dates") ? null : meetings.from())
                .add("to", name.equals("to") ? value : name.equals("dates") ? null : meetings.to())
                .add("sort", name.equals("sort") ? value : sort.equals("relevance") ? null : sort);
        if (name.equals("page")) {
            qs.add("page", value);
        }
        return qs.toString();
    }

    /** A year facet narrows to that year: both bounds at once. */
    public String yearLink(String year) {
        return new QueryString().add("q", q).addAll("type", List.copyOf(types)).add("body", meetings.body())
                .add("from", year).add("to", year).add("sort", sort.equals("relevance") ? null : sort).toString();
    }

    /** The hits of this page, out of all those up to its end that {@link #request()} asked for. */
    public List<SearchHit> pageOf(SearchResult result) {
        List<SearchHit> hits = result.hits();
        int from = Math.min(hits.size(), (page - 1) * size);
        return hits.subList(from, hits.size());
    }
}
