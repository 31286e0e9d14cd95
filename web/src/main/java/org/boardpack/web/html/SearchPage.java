package org.boardpack.web.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.boardpack.index.FacetCount;
import org.boardpack.model.BoardpackJson;
import org.boardpack.index.SearchFilters;
import org.boardpack.index.SearchHit;
import org.boardpack.index.SearchResult;
import org.boardpack.web.PageBox;
import org.boardpack.web.QueryString;
import org.boardpack.web.SearchForm;

/**
 * The search page: one box for the query (the language of {@code boardpack search}), filters for
 * body, dates and record type, facet counts that narrow the search when followed, the hits of
 * this page (file:page opening the PDF there, the page as an image with a table's box marked,
 * type, body, date, meeting, highlighted snippet),
 * paging, and downloads of the matching rows.
 */
public final class SearchPage {

    /** Facets a search can be narrowed by; the others (status, owner) are counts only. */
    private static final Set<String> NARROWING = Set.of("body", "year", "type");
    private static final ObjectMapper JSON = BoardpackJson.newMapper();

    private SearchPage() {
    }

    /** @param result null when no query was given yet */
    public static String render(SearchForm form, SearchResult result, List<SearchHit> hits) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Search the board papers</h1>");
        form(b, form);
        if (result != null) {
            results(b, form, result, hits);
        } else {
            b.append("<p>Words are looked for in the records' text and in people's names. Use \"quotes\" for a phrase, "
                    + "AND, OR, NOT, wildcards* and field:value, as in <code>boardpack search</code>.</p>");
        }
        return Layout.page(form.q() == null ? "Search" : form.q(), "/", b.toString());
    }

    private static void form(StringBuilder b, SearchForm form) {
        b.append("<form role=\"search\" action=\"/\" method=\"get\" class=\"search\">")
                .append("<div class=\"field wide\"><label for=\"f-q\">Query</label>")
                .append("<input type=\"search\" id=\"f-q\" name=\"q\" value=\"").append(Html.esc(form.q()))
                .append("\" aria-describedby=\"f-q-hint\" autofocus>")
                .append("<small id=\"f-q-hint\">e.g. <code>\"flu vaccination\"</code>, <code>budget AND approved</code></small></div>")
                .append("<button type=\"submit\">Search</button>")
                .append("<details class=\"filters\"").append(filtered(form) ? " open" : "").append("><summary>Filters</summary>")
                .append(FormControls.text("body", "Body", form.meetings().body(), "its name or slug, any case"))
                .append(FormControls.date("from", "Meetings from", form.meetings().from()))
                .append(FormControls.date("to", "Meetings to", form.meetings().to()))
                .append(FormControls.checkboxes("type", "Record types", SearchFilters.RECORD_TYPES, form.types()))
                .append(FormControls.select("sort", "Order", List.of("relevance", "date"), form.sort(), null))
                .append("</details></form>");
    }

    private static boolean filtered(SearchForm form) {
        return !form.types().isEmpty() || form.meetings().body() != null || form.meetings().from() != null
                || form.meetings().to() != null || form.sort().equals("date");
    }

    private static void results(StringBuilder b, SearchForm form, SearchResult result, List<SearchHit> hits) {
        int pages = (int) Math.min(SearchForm.MAX_PAGE, (result.total() + form.size() - 1) / form.size());
        b.append("<p id=\"summary\" role=\"status\">").append(result.total()).append(result.total() == 1 ? " hit" : " hits")
                .append(" for <q>").append(Html.esc(form.q())).append("</q>");
        if (!result.expanded().isEmpty()) {
            b.append(" (also searched: ");
            result.expanded().forEach((typed, also) -> b.append(Html.esc(typed)).append(" = ")
                    .append(Html.esc(String.join(", ", also))).append("; "));
            b.setLength(b.length() - 2);
            b.append(')');
        }
        b.append("</p><div class=\"columns\">");
        facets(b, form, result);
        b.append("<section class=\"hits\" aria-labelledby=\"hits-h\"><h2 id=\"hits-h\">Hits</h2>");
        if (hits.isEmpty()) {
            b.append("<p>No hits on this page.</p>");
        }
        int offset = (form.page() - 1) * form.size();
        b.append("<ol class=\"hits\" start=\"").append(offset + 1).append("\">");
        for (SearchHit h : hits) {
            b.append("<li class=\"hit\"><p class=\"where\">").append(Html.fileLink(h.path(), h.page()))
                    .append(h.page() == null ? "" : " (" + Html.pageImageLink(h.path(), h.page(), box(h)) + ")")
                    .append(" <span class=\"type\">[").append(Html.esc(h.type().replace('_', ' '))).append("]</span> ")
                    .append(h.meeting() == null ? "<span>meeting unknown</span>"
                            : Html.esc(h.body()) + ", <time>" + Html.esc(h.date()) + "</time> · " + Html.meetingLink(h.meeting()))
                    .append("</p><p class=\"snippet\">").append(Html.snippet(h.snippet())).append("</p></li>");
        }
        b.append("</ol>");
        b.append(FormControls.pager(form.page(), pages, p -> "/" + form.link("page", String.valueOf(p))));
        downloads(b, form);
        b.append("</section></div>");
    }

    private static void facets(StringBuilder b, SearchForm form, SearchResult result) {
        b.append("<aside class=\"facets\" aria-labelledby=\"facets-h\"><h2 id=\"facets-h\">Narrow by</h2>");
        for (FacetCount f : result.facets()) {
            if (f.counts().isEmpty()) {
                continue;
            }
            b.append("<section class=\"facet\" data-facet=\"").append(Html.esc(f.dimension())).append("\"><h3>")
                    .append(Html.esc(f.dimension())).append("</h3>");
            String current = current(form, f.dimension());
            if (current != null && NARROWING.contains(f.dimension())) {
                String cleared = f.dimension().equals("year") ? form.link("dates", null)
                        : form.link(f.dimension(), null);
                b.append("<p>Only <strong>").append(Html.esc(current)).append("</strong> · ")
                        .append(Html.link("/" + cleared, "show all")).append("</p>");
            }
            b.append("<ul>");
            for (FacetCount.Count c : f.counts()) {
                b.append("<li>");
                String label = c.label().replace('_', ' ');
                if (NARROWING.contains(f.dimension()) && !c.label().equals(current)) {
                    String href = f.dimension().equals("year") ? form.yearLink(c.label()) : form.link(f.dimension(), c.label());
                    b.append(Html.link("/" + href, label));
                } else {
                    b.append(Html.esc(label));
                }
                b.append(" <span class=\"count\">(").append(c.count()).append(")</span></li>");
            }
            int more = f.labels() - f.counts().size();
            b.append(more > 0 ? "<li>… and " + more + " more</li>" : "").append("</ul></section>");
        }
        b.append("</aside>");
    }

    /** A table hit's box on its page; null for other records, which have none. */
    private static PageBox box(SearchHit h) {
        if (!"table".equals(h.type()) || h.json() == null) {
            return null;
        }
        try {
            return PageBox.ofRecord(JSON.readTree(h.json()));
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The value a narrowing facet is set to, or null. */
    private static String current(SearchForm form, String dimension) {
        return switch (dimension) {
            case "body" -> form.meetings().body();
            case "type" -> form.types().size() == 1 ? form.types().iterator().next() : null;
            case "year" -> form.meetings().from() != null && form.meetings().from().equals(form.meetings().to())
                    ? form.meetings().from() : null;
            default -> null;
        };
    }

    private static void downloads(StringBuilder b, SearchForm form) {
        QueryString qs = new QueryString().add("q", form.q()).add("body", form.meetings().body())
                .add("from", form.meetings().from()).add("to", form.meetings().to());
        b.append("<section class=\"downloads\" aria-labelledby=\"dl-h\"><h2 id=\"dl-h\">Download the matching rows</h2><ul>");
        for (String type : List.of("decisions", "attendance", "agenda")) {
            b.append("<li>").append(Html.esc(type)).append(": ")
                    .append(Html.link("/download/" + type + ".csv" + qs, "CSV")).append(" · ")
                    .append(Html.link("/download/" + type + ".json" + qs, "JSON")).append("</li>");
        }
        b.append("</ul><p>The same rows as <code>boardpack export</code>, for the records matching the query.</p></section>");
    }
}
