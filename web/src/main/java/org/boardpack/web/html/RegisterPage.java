package org.boardpack.web.html;

import java.util.List;
import java.util.Locale;
import org.boardpack.model.actions.ActionUpdate;
import org.boardpack.app.register.HistoryEntry;
import org.boardpack.app.register.LinkedAction;
import org.boardpack.web.Paging;
import org.boardpack.web.RegisterForm;

/**
 * The action register, as {@code boardpack actions} lists it: each action followed across its
 * body's meetings, filtered by words, status, owner and overdue, with its history (every paper
 * that listed it, its updates) under a disclosure that opens by keyboard.
 */
public final class RegisterPage {

    private RegisterPage() {
    }

    public static String render(RegisterForm form, List<LinkedAction> actions) {
        StringBuilder b = new StringBuilder("<h1>Action register</h1>");
        b.append("<form action=\"/actions\" method=\"get\" class=\"filters-form\">")
                .append(FormControls.text("q", "Words", form.q(), "words that begin a word of the action", "search"))
                .append(FormControls.select("status", "Status", RegisterForm.STATUSES, form.status(), "any status"))
                .append(FormControls.text("owner", "Owner", form.owner(), "full name or surname"))
                .append(FormControls.checkbox("overdue", "Overdue only", form.overdue()))
                .append(FormControls.text("as_of", "Overdue as of", form.asOfText(), "YYYY-MM-DD; today when empty"))
                .append(FormControls.text("body", "Body", form.meetings().body(), null))
                .append(FormControls.date("from", "Meetings from", form.meetings().from()))
                .append(FormControls.date("to", "Meetings to", form.meetings().to()))
                .append("<button type=\"submit\">Show</button></form>");
        Paging paging = form.paging();
        int pages = paging.pages(actions.size());
        // a page past the last shows the last: a link kept from before a filter changed still shows rows
        Paging shownPage = paging.page() > pages ? paging.at(pages) : paging;
        List<LinkedAction> shown = actions.subList(Math.min(actions.size(), shownPage.offset()),
                Math.min(actions.size(), shownPage.offset() + shownPage.size()));
        b.append("<p id=\"summary\" role=\"status\">").append(actions.size()).append(" action(s), as of ")
                .append(Html.esc(form.criteria().asOf())).append(FormControls.shown(shownPage, shown.size(), actions.size()))
                .append(".</p>");
        b.append(Downloads.links("actions", form.query()));
        if (!shown.isEmpty()) {
            b.append("<table class=\"register\"><caption>Actions</caption><thead><tr>");
            for (String h : List.of("ref", "body", "owner", "due", "status", "last update", "raised", "action and history")) {
                b.append("<th scope=\"col\">").append(h).append("</th>");
            }
            b.append("</tr></thead><tbody>");
            shown.forEach(a -> row(b, a));
            b.append("</tbody></table>");
        }
        b.append(FormControls.pager(shownPage.page(), pages, p -> "/actions" + form.pageQuery(p)));
        return Layout.page("Action register", "/actions", b.toString());
    }

    private static void row(StringBuilder b, LinkedAction a) {
        ActionUpdate last = a.lastUpdate();
        b.append("<tr class=\"action\"><td>").append(Html.esc(a.ref())).append("</td><td>").append(Html.esc(a.body()))
                .append("</td><td>").append(Html.personLink(a.ownerName() != null ? a.ownerName() : a.owner()))
                .append("</td><td>").append(Html.esc(a.due())).append("</td><td class=\"status\">")
                .append(a.status() == null ? "" : Html.esc(a.status().name().toLowerCase(Locale.ROOT)))
                .append(a.closed() != null ? " " + Html.esc(a.closed()) : "")
                .append(a.overdue() ? " <strong class=\"overdue\">overdue</strong>" : "")
                .append("</td><td>").append(last == null ? "" : "<time>" + Html.esc(last.date()) + "</time> " + Html.esc(last.text()))
                .append("</td><td>").append(Html.esc(a.raised())).append("</td><td>")
                .append(Html.esc(a.description() != null ? a.description() : a.item()))
                .append("<details class=\"history\"><summary>History (").append(a.history().size()).append(")</summary><ol>");
        for (HistoryEntry h : a.history()) {
            b.append("<li><time>").append(Html.esc(h.date())).append("</time> ").append(Html.meetingLink(h.meeting()))
                    .append(" · ").append(Html.esc(h.source() == null ? "" : h.source().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
                    .append(" · ").append(Html.fileLink(h.path(), h.page()))
                    .append(h.statusText() != null ? " · status: " + Html.esc(h.statusText()) : "");
            for (ActionUpdate u : h.updates()) {
                b.append("<br>update <time>").append(Html.esc(u.date())).append("</time>: ").append(Html.esc(u.text()));
            }
            b.append("</li>");
        }
        b.append("</ol></details></td></tr>");
    }
}
