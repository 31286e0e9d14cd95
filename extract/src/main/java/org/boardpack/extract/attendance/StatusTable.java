package org.boardpack.extract.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.boardpack.extract.layout.ColumnGap;
import org.boardpack.ingest.TextLine;
import org.boardpack.model.attendance.AttendanceStatus;

/**
 * An attendance table with a status column, as councils print their members' attendance at the
 * head of minutes ({@code Councillor | Attendance} over {@code Councillor Margaret Ellis (Chair) |
 * Present}, {@code Councillor Peter Briggs | Apologies}): one person a row, the first cell the
 * person (with a bracketed role), the last cell a status word the {@code attendance-codes}
 * vocabulary gives a meaning ({@code Present}, {@code Apologies}, {@code Absent}, {@code Excused}),
 * cells between them the person's role. Rows stand in a run: a header row, or any line that is no
 * such row, ends it; a run of fewer than {@link #MIN_ROWS} rows is no table.
 */
final class StatusTable {

    /** Rows needed before name-and-status lines are a table rather than a stray line. */
    private static final int MIN_ROWS = 2;

    /** One person as a row listed them, with the status its last cell gives. */
    record Row(PeopleList.Listed listed, AttendanceStatus status, int page, int line) {
    }

    private StatusTable() {
    }

    /** The rows of the zone's status tables, in order. */
    static List<Row> read(List<AttendanceZone.ZoneLine> zone) {
        List<Row> out = new ArrayList<>();
        List<Row> run = new ArrayList<>();
        for (int i = 0; i <= zone.size(); i++) {
            Optional<Row> row = i < zone.size() && zone.get(i).allowed() ? row(zone.get(i), i) : Optional.empty();
            if (row.isPresent()) {
                run.add(row.get());
                continue;
            }
            if (run.size() >= MIN_ROWS) {
                out.addAll(run);
            }
            run.clear();
        }
        return out;
    }

    private static Optional<Row> row(AttendanceZone.ZoneLine z, int index) {
        List<TextLine> cells = z.line().segments(ColumnGap.EMS);
        if (cells.size() < 2 || z.heading()) {
            return Optional.empty();
        }
        AttendanceStatus status = AttendanceGrid.meaning(cells.getLast().text().toLowerCase(Locale.ROOT));
        if (status == null) {
            return Optional.empty();
        }
        Optional<PeopleList.Listed> person = PeopleList.single(cells.getFirst().text());
        if (person.isEmpty()) {
            return Optional.empty();
        }
        PeopleList.Listed listed = person.get();
        if (cells.size() > 2 && listed.role() == null) {
            // "Name | Role | Status": the cells between the person and the status are the role
            listed = listed.withRole(TextLine.join(cells.subList(1, cells.size() - 1).stream()
                    .flatMap(c -> c.words().stream()).toList()));
        }
        return Optional.of(new Row(listed, status, z.page(), index));
    }
}
