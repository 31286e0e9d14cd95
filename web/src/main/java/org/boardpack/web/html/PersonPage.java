package org.boardpack.web.html;

import java.util.List;
import org.boardpack.app.query.Person;
import org.boardpack.web.MeetingFilters;
import org.boardpack.web.html.RowTable.Column;

/**
 * A person, as {@code boardpack people} prints them: each person the name matches, with the
 * meetings they attended (and how) and the actions they own.
 */
public final class PersonPage {

    private PersonPage() {
    }

    /** @param people null when no name was given yet */
    public static String render(String name, MeetingFilters meetings, List<Person> people) {
        StringBuilder b = new StringBuilder("<h1>").append(name == null ? "People" : Html.esc(name)).append("</h1>");
        b.append("<form action=\"/person\" method=\"get\" class=\"filters-form\">")
                .append(FormControls.text("name", "Name", name, "a surname or a full name, with or without honorific"))
                .append(FormControls.text("body", "Body", meetings.body(), null))
                .append(FormControls.date("from", "Meetings from", meetings.from()))
                .append(FormControls.date("to", "Meetings to", meetings.to()))
                .append("<button type=\"submit\">Find</button></form>");
        if (people != null) {
            if (people.isEmpty()) {
                b.append("<p role=\"status\">No one named <q>").append(Html.esc(name))
                        .append("</q> attends or owns an action in the index.</p>");
            } else if (people.size() > 1) {
                b.append("<p role=\"status\"><q>").append(Html.esc(name)).append("</q> matches ").append(people.size())
                        .append(" people.</p>");
            }
            for (Person p : people) {
                b.append("<section class=\"person\"><h2>").append(Html.esc(p.displayName())).append("</h2>")
                        .append("<h3>Attendance (").append(p.attendance().size()).append(")</h3>");
                if (!p.attendance().isEmpty()) {
                    b.append(RowTable.render("Meetings " + p.displayName() + " is listed at", List.of(RowTable.meeting(),
                            Column.field("date", "date"), Column.field("status", "status"), Column.field("role", "role"),
                            RowTable.file()), TypedRows.of(p.attendance())));
                }
                b.append("<h3>Actions owned (").append(p.actions().size()).append(")</h3>");
                if (!p.actions().isEmpty()) {
                    b.append(RowTable.render("Actions " + p.displayName() + " owns", List.of(RowTable.meeting(),
                            Column.field("ref", "ref"), RowTable.action(), Column.field("due", "due"),
                            Column.field("status", "status"), RowTable.file()), TypedRows.of(p.actions())));
                }
                b.append("</section>");
            }
        }
        return Layout.page(name == null ? "People" : name, "/person", b.toString());
    }
}
