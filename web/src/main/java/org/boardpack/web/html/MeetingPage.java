package org.boardpack.web.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.boardpack.app.query.MeetingSources;
import org.boardpack.app.query.MeetingView;
import org.boardpack.web.QueryString;
import org.boardpack.web.html.RowTable.Column;

/** One meeting, as {@code boardpack show} prints it: details and sources, agenda, attendance by status, decisions, actions. */
public final class MeetingPage {

    /** Attendance sections in the order minutes list them. */
    private static final List<String> STATUSES = List.of("present", "in_attendance", "apologies", "absent");

    private MeetingPage() {
    }

    public static String render(MeetingView m) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(m.body() == null ? m.id() : m.body()))
                .append(m.date() == null ? "" : ", <time>" + Html.esc(m.date()) + "</time>").append("</h1>");
        b.append("<dl class=\"details\"><dt>Meeting id</dt><dd><code>").append(Html.esc(m.id())).append("</code></dd>");
        detail(b, "Time", m.time());
        detail(b, "Location", m.location());
        for (MeetingSources s : m.sources()) {
            b.append("<dt>Source</dt><dd>").append(Html.fileLink(s.path(), s.pages().isEmpty() ? null : s.pages().first()))
                    .append(" pages ").append(Html.esc(s.ranges())).append("</dd>");
        }
        b.append("</dl><p>").append(Html.link("/api/meeting" + new QueryString().add("id", m.id()), "This meeting as JSON"))
                .append("</p>");
        b.append(section("Agenda", TypedRows.of(m.agenda()), List.of(Column.field("item", "number"), Column.field("title", "title"),
                Column.field("lead", "lead"), Column.field("time", "time"), RowTable.file())));
        List<ObjectNode> attendance = TypedRows.of(m.attendance());
        for (String status : STATUSES) {
            List<ObjectNode> people = attendance.stream().filter(a -> status.equals(Html.field(a, "status"))).toList();
            if (!people.isEmpty()) {
                b.append(section(title(status), people, List.of(
                        new Column("name", a -> (Html.field(a, "honorific") == null ? "" : Html.esc(Html.field(a, "honorific")) + " ")
                                + Html.personLink(Html.field(a, "name"))),
                        Column.field("role", "role"), Column.field("initials", "initials"), RowTable.file())));
            }
        }
        b.append(section("Decisions", TypedRows.of(m.decisions()), List.of(RowTable.item(), Column.field("kind", "kind"),
                Column.field("decision", "text"), RowTable.file())));
        b.append(section("Actions", TypedRows.of(m.actions()), List.of(Column.field("ref", "ref"), RowTable.action(), RowTable.owner(),
                Column.field("due", "due"), Column.field("status", "status"), RowTable.file())));
        return Layout.page(m.id(), null, b.toString());
    }

    private static void detail(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append("<dt>").append(name).append("</dt><dd>").append(Html.esc(value)).append("</dd>");
        }
    }

    private static String section(String title, List<ObjectNode> rows, List<Column> columns) {
        String id = "s-" + title.toLowerCase(Locale.ROOT).replace(' ', '-');
        StringBuilder b = new StringBuilder("<section aria-labelledby=\"").append(id).append("\"><h2 id=\"").append(id)
                .append("\">").append(Html.esc(title)).append(" (").append(rows.size()).append(")</h2>");
        if (!rows.isEmpty()) {
            b.append(RowTable.render(title, columns, rows));
        }
        return b.append("</section>").toString();
    }

    private static String title(String status) {
        String s = status.replace('_', ' ');
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** The page for an id the index does not have, with the close ids there are. */
    public static String unknown(String id, List<String> close) {
        StringBuilder b = new StringBuilder("<h1>No such meeting</h1><p class=\"problem\" role=\"alert\">No meeting <code>")
                .append(Html.esc(id)).append("</code> in the index.</p>");
        if (!close.isEmpty()) {
            b.append("<p>Close ids:</p><ul>");
            close.forEach(c -> b.append("<li>").append(Html.meetingLink(c)).append("</li>"));
            b.append("</ul>");
        }
        return Layout.page("No such meeting", null, b.toString());
    }
}
