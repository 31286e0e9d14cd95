package org.boardpack.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.boardpack.app.query.RecordRow;
import org.boardpack.model.actions.Action;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.decisions.Decision;
import org.boardpack.index.IndexedRecord;

/**
 * The flat row shapes, one per record type: what {@code export TYPE} writes and what the listing
 * commands ({@code decisions}, {@code people}, {@code show}) print as JSON, so a script sees the
 * same fields wherever a record comes from.
 */
public final class RowSources {

    private final ActionRows actions;
    private final FlatRows decisions;
    private final FlatRows attendance;
    private final FlatRows agenda;
    private final RowSource tables;

    public RowSources(ObjectMapper json) {
        this.actions = new ActionRows(json);
        this.decisions = new FlatRows(json, "decisions", "decision", List.of("item", "minute_ref", "kind", "text", "vote"));
        this.attendance = new FlatRows(json, "attendance", "attendance",
                List.of("name", "honorific", "role", "initials", "status"));
        this.agenda = new FlatRows(json, "agenda", "agenda_item", List.of("number", "title", "lead", "time"));
        this.tables = new FlatRows(json, "tables", "table", List.of("last_page", "title", "bbox", "header_rows", "rows"));
    }

    public RowSource actions() {
        return actions;
    }

    public RowSource decisions() {
        return decisions;
    }

    public RowSource attendance() {
        return attendance;
    }

    public RowSource agenda() {
        return agenda;
    }

    /** The row of an attendance or action record, in that source's shape. */
    public ObjectNode row(IndexedRecord record) {
        return switch (record.type()) {
            case "attendance" -> attendance.row(record);
            case "action" -> actions.row(record);
            default -> throw new IllegalArgumentException("no row shape here for a " + record.type() + " record");
        };
    }

    /** The row of a record read back typed, in its type's shape: the same row as the index's own JSON gives. */
    public ObjectNode row(RecordRow<?> row) {
        return switch (row.record()) {
            case Attendance a -> attendance.row(row);
            case Action a -> actions.row(row);
            case Decision d -> decisions.row(row);
            case AgendaItem a -> agenda.row(row);
            default -> throw new IllegalArgumentException("no row shape here for " + row.record().getClass().getSimpleName());
        };
    }

    public List<RowSource> all() {
        return List.of(actions, decisions, attendance, agenda, tables);
    }

    public List<String> names() {
        return all().stream().map(RowSource::name).toList();
    }

    public Optional<RowSource> named(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
