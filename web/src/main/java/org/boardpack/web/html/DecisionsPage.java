package org.boardpack.web.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.boardpack.app.query.DecisionQuery;
import org.boardpack.web.DecisionsForm;
import org.boardpack.web.html.RowTable.Column;

/** The decisions table, as {@code boardpack decisions} lists them, a page at a time, with downloads of all the rows. */
public final class DecisionsPage {

    public static final int PAGE_SIZE = 50;

    private DecisionsPage() {
    }

    public static String render(DecisionsForm form, List<ObjectNode> rows) {
        StringBuilder b = new StringBuilder("<h1>Decisions</h1>");
        b.append("<form action=\"/decisions\" method=\"get\" class=\"filters-form\">")
                .append(FormControls.text("q", "Words", form.q(), "optional; the query language of search", "search"))
                .append(FormControls.select("kind", "Kind", DecisionQuery.KINDS, form.kind(), "any kind"))
                .append(FormControls.text("body", "Body", form.meetings().body(), null))
                .append(FormControls.date("from", "Meetings from", form.meetings().from()))
                .append(FormControls.date("to", "Meetings to", form.meetings().to()))
                .append("<button type=\"submit\">Show</button></form>");
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(form.page(), pages);
        List<ObjectNode> shown = rows.subList((page - 1) * PAGE_SIZE, Math.min(rows.size(), page * PAGE_SIZE));
        b.append("<p id=\"summary\" role=\"status\">").append(rows.size()).append(" decision(s)")
                .append(form.sort().equals("date") ? ", newest meeting first" : ", best match first").append(".</p>");
        b.append(Downloads.links("decisions", form.query()));
        if (!shown.isEmpty()) {
            b.append(RowTable.render("Decisions", List.of(Column.field("date", "date"), Column.field("body", "body"),
                    RowTable.meeting(), RowTable.item(), Column.field("kind", "kind"), Column.field("decision", "text"),
                    RowTable.file()), shown));
        }
        b.append(FormControls.pager(page, pages, p -> "/decisions" + form.query().add("page", p)));
        return Layout.page("Decisions", "/decisions", b.toString());
    }
}
