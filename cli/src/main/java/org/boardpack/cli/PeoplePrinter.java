package org.boardpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.boardpack.app.answers.PeopleAnswer;
import org.boardpack.app.query.Person;

/** Prints the people a name matched: a section per person with two tables, or JSON for scripts. */
final class PeoplePrinter {

    private final PrintWriter out;
    private final ObjectMapper json;

    PeoplePrinter(PrintWriter out, ObjectMapper json) {
        this.out = out;
        this.json = json;
    }

    void text(String query, List<Person> people, int width) {
        if (people.isEmpty()) {
            out.println("No one named '" + query + "' attends or owns an action in the index.");
            return;
        }
        if (people.size() > 1) {
            out.println("'" + query + "' matches " + people.size() + " people: "
                    + String.join("; ", people.stream().map(Person::displayName).toList()));
        }
        for (Person p : people) {
            if (people.size() > 1) {
                out.println();
            }
            out.println(p.displayName());
            out.println("Attendance (" + p.attendance().size() + "):");
            if (!p.attendance().isEmpty()) {
                // the meeting id unbroken, as 'boardpack show' takes it
                TerminalTable t = new TerminalTable(List.of(TerminalTable.Column.fixed("meeting"),
                        TerminalTable.Column.fixed("date"), TerminalTable.Column.fixed("status"),
                        TerminalTable.Column.wrapping("role")));
                p.attendance().forEach(r -> t.row(r.context().meeting(), r.context().date(),
                        RowFields.text(r.record().status()), r.record().role()));
                out.print(t.render(width));
            }
            out.println("Actions owned (" + p.actions().size() + "):");
            if (!p.actions().isEmpty()) {
                TerminalTable t = new TerminalTable(List.of(TerminalTable.Column.fixed("meeting"),
                        TerminalTable.Column.fixed("ref"), TerminalTable.Column.wrapping("action"),
                        TerminalTable.Column.fixed("owner"), TerminalTable.Column.fixed("due"),
                        TerminalTable.Column.fixed("status"), TerminalTable.Column.fixed("file:page")));
                p.actions().forEach(r -> t.row(r.context().meeting(), r.record().ref(),
                        RowFields.actionText(r.record()), r.record().owner(), r.record().due(),
                        RowFields.text(r.record().status()), RowFields.location(r.context())));
                out.print(t.render(width));
            }
        }
    }

    /** The people as {@code /api/people} gives them too ({@link PeopleAnswer}). */
    void json(String query, List<Person> people) throws IOException {
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(new PeopleAnswer(json).of(query, people)));
    }
}
