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
 * them, by default) and {@code page}.
 */
public record DecisionsForm(String q, String kind, MeetingFilters meetings, String sort, int page) {

    public static final Set<String> NAMES;

    static {
        Set<String> names = new HashSet<>(MeetingFilters.NAMES);
        names.addAll(List.of("q", "kind", "sort", "page"));
        NAMES = Set.copyOf(names);
    }

    public static DecisionsForm of(Params p) {
        MeetingFilters meetings = MeetingFilters.of(p);
        String q = p.text("q");
        return new DecisionsForm(q, p.choice("kind", DecisionQuery.KINDS, null), meetings,
                p.choice("sort", List.of("date", "relevance"), q == null ? "date" : "relevance"),
                p.integer("page", 1, 1, 10_000));
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

    public QueryString query() {
        return new QueryString().add("q", q).add("kind", kind).add("body", meetings.body())
                .add("from", meetings.from()).add("to", meetings.to());
    }
}
