package org.boardpack.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.boardpack.app.query.DecisionQuery;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.SearchOrder;

/**
 * The decisions table's parameters, as {@code boardpack decisions} takes them: words ({@code q},
 * optional), {@code kind}, the meeting filters, {@code sort} (date without words, relevance with
 * them, by default), {@code page} and {@code size} ({@link Paging}).
 */
public record DecisionsForm(String q, String kind, MeetingFilters meetings, String sort, Paging paging) {

    public static final Set<String> NAMES;
    /** Rows a page of the table shows unless {@code size} says otherwise. */
    public static final int PAGE_SIZE = 50;

    static {
        Set<String> names = new HashSet<>(MeetingFilters.NAMES);
        names.addAll(List.of("q", "kind", "sort", "page", "size"));
        NAMES = Set.copyOf(names);
    }

    public static DecisionsForm of(Params p) {
        MeetingFilters meetings = MeetingFilters.of(p);
        String q = p.text("q");
        return new DecisionsForm(q, p.choice("kind", DecisionQuery.KINDS, null), meetings,
                p.choice("sort", List.of("date", "relevance"), q == null ? "date" : "relevance"),
                Paging.of(p, PAGE_SIZE));
    }

    /** This form at another page. */
    public DecisionsForm at(Paging other) {
        return new DecisionsForm(q, kind, meetings, sort, other);
    }

    public RecordSelection selection() {
        return new RecordSelection(q, meetings.over(Set.of()), null,
                sort.equals("date") ? SearchOrder.DATE : SearchOrder.RELEVANCE, 0);
    }

    /**
     * The selection as {@code export} reads it, for downloads: source order without words, best
     * match first with them, so an unfiltered download is byte for byte the export.
     */
    public RecordSelection exportSelection() {
        return new RecordSelection(q, meetings.over(Set.of()), null, SearchOrder.RELEVANCE, 0);
    }

    /** These filters as a query string (no page), for downloads. */
    public QueryString query() {
        return new QueryString().add("q", q).add("kind", kind).add("body", meetings.body())
                .add("from", meetings.from()).add("to", meetings.to());
    }

    /** These filters, the sort when asked for, and the size when not the default, at another page: a pager's link. */
    public QueryString pageQuery(int page) {
        return query().add("sort", sort.equals(q == null ? "date" : "relevance") ? null : sort)
                .add("size", paging.size() == PAGE_SIZE ? null : paging.size()).add("page", page);
    }
}
