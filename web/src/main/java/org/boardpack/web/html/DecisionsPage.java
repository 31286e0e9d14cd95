package org.boardpack.web.html;

import java.util.List;
import org.boardpack.app.query.DecisionQuery;
import org.boardpack.web.DecisionsForm;
import org.boardpack.web.Paging;
import org.boardpack.web.html.RowTable.Column;

/** The decisions table, as {@code boardpack decisions} lists them, a page at a time, with downloads of all the rows. */
public final class DecisionsPage {

    private DecisionsPage() {
    }

    /** @param page the rows of the form's page (the last page when it asked for one past it), with the count of all */
    public static String render(DecisionsForm form, DecisionQuery.Page page) {
        StringBuilder b = new StringBuilder("<h1>Decisions</h1>");
        b.append("<form action=\"/decisions\" method=\"get\" class=\"filters-form\">")
                .append(FormControls.text("q", "Words", form.q(), "optional; the query language of search", "search"))
                .append(FormControls.select("kind", "Kind", DecisionQuery.KINDS, form.kind(), "any kind"))
                .append(FormControls.text("body", "Body", form.meetings().body(), null))
                .append(FormControls.date("from", "Meetings from", form.meetings().from()))
                .append(FormControls.date("to", "Meetings to", form.meetings().to()))
                .append("<button type=\"submit\">Show</button></form>");
        Paging paging = form.paging();
        b.append("<p id=\"summary\" role=\"status\">").append(page.total()).append(" decision(s)")
                .append(form.sort().equals("date") ? ", newest meeting first" : ", best match first")
                .append(FormControls.shown(paging, page.rows().size(), page.total())).append(".</p>");
        b.append(Downloads.links("decisions", form.query()));
        if (!page.rows().isEmpty()) {
            b.append(RowTable.render("Decisions", List.of(Column.field("date", "date"), Column.field("body", "body"),
                    RowTable.meeting(), RowTable.item(), Column.field("kind", "kind"), Column.field("decision", "text"),
                    RowTable.file()), TypedRows.ofRows(page.rows())));
        }
        b.append(FormControls.pager(paging.page(), paging.pages(page.total()), p -> "/decisions" + form.pageQuery(p)));
        return Layout.page("Decisions", "/decisions", b.toString());
    }
}
