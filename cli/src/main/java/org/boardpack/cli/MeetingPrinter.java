package org.boardpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.boardpack.app.answers.MeetingAnswer;
import org.boardpack.app.ingest.SourceFiles;
import org.boardpack.app.query.MeetingSources;
import org.boardpack.app.query.MeetingView;
import org.boardpack.app.query.RecordRow;
import org.boardpack.model.attendance.Attendance;

/** Prints one meeting: its details, then agenda, attendance by status, decisions and actions. */
final class MeetingPrinter {

    /** Attendance sections in the order minutes list them. */
    private static final List<String> STATUSES = List.of("present", "in_attendance", "apologies", "absent");

    private final PrintWriter out;
    private final ObjectMapper json;

    MeetingPrinter(PrintWriter out, ObjectMapper json) {
        this.out = out;
        this.json = json;
    }

    void text(MeetingView m, int width) {
        out.println(m.id());
        TerminalTable details = new TerminalTable(List.of(TerminalTable.Column.fixed(""),
                TerminalTable.Column.wrapping("")));
        details.row("body", m.body()).row("date", m.date()).row("time", m.time()).row("location", m.location());
        for (MeetingSources s : m.sources()) {
            details.row("source", SourceFiles.display(Path.of(s.path())) + " pages " + s.ranges());
        }
        // the header and rule of a two-column key/value list say nothing: print its rows only
        details.render(width).lines().skip(2).forEach(out::println);

        out.println();
        out.println("Agenda (" + m.agenda().size() + ")");
        if (!m.agenda().isEmpty()) {
            TerminalTable t = table("item", "title", "lead", "time", "file:page");
            m.agenda().forEach(r -> t.row(r.record().number(), r.record().title(), r.record().lead(), r.record().time(),
                    RowFields.location(r.context())));
            out.print(t.render(width));
        }
        for (String status : STATUSES) {
            List<RecordRow<Attendance>> people = m.attendance().stream()
                    .filter(r -> status.equals(RowFields.text(r.record().status()))).toList();
            if (people.isEmpty()) {
                continue;
            }
            out.println();
            out.println(title(status) + " (" + people.size() + ")");
            TerminalTable t = table("name", "role", "initials", "file:page");
            people.forEach(r -> t.row(join(r.record().honorific(), r.record().name()), r.record().role(),
                    r.record().initials(), RowFields.location(r.context())));
            out.print(t.render(width));
        }
        out.println();
        out.println("Decisions (" + m.decisions().size() + ")");
        if (!m.decisions().isEmpty()) {
            TerminalTable t = table("item", "kind", "decision", "file:page");
            m.decisions().forEach(r -> t.row(r.record().item() != null ? r.record().item() : r.record().minuteRef(),
                    RowFields.text(r.record().kind()), r.record().text(), RowFields.location(r.context())));
            out.print(t.render(width));
        }
        out.println();
        out.println("Actions (" + m.actions().size() + ")");
        if (!m.actions().isEmpty()) {
            TerminalTable t = table("ref", "action", "owner", "due", "status", "file:page");
            m.actions().forEach(r -> t.row(r.record().ref(), RowFields.actionText(r.record()),
                    r.record().ownerName() != null ? r.record().ownerName() : r.record().owner(),
                    r.record().due(), RowFields.text(r.record().status()), RowFields.location(r.context())));
            out.print(t.render(width));
        }
    }

    /** Columns of prose (titles, text, names, roles) may wrap; codes, dates and locations keep their width. */
    private static TerminalTable table(String... headers) {
        List<String> flexible = List.of("title", "decision", "action", "role", "name");
        return new TerminalTable(Arrays.stream(headers)
                .map(h -> flexible.contains(h) ? TerminalTable.Column.wrapping(h) : TerminalTable.Column.fixed(h))
                .toList());
    }

    private static String title(String status) {
        String s = status.replace('_', ' ');
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String join(String honorific, String name) {
        return honorific == null ? name : honorific + " " + name;
    }

    /** The meeting as {@code /api/meeting} gives it too ({@link MeetingAnswer}). */
    void json(MeetingView m) throws IOException {
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(new MeetingAnswer(json).of(m)));
    }

}
