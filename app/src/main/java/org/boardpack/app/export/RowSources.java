package org.boardpack.app.export;

import java.util.List;
import java.util.Optional;
import org.boardpack.app.query.RecordKind;
import org.boardpack.app.query.RecordRow;
import org.boardpack.model.actions.Action;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.tables.Table;

/**
 * The flat row sources, one per record type, each with its own row type: what {@code export TYPE}
 * writes and what the listing commands ({@code decisions}, {@code people}, {@code show}) print as
 * JSON, so a script sees the same fields wherever a record comes from.
 */
public final class RowSources {

    private final ActionRows actions = new ActionRows();
    private final FlatRows<Decision, DecisionRow> decisions =
            new FlatRows<>("decisions", RecordKind.DECISION, DecisionRow.class, DecisionRow::of);
    private final FlatRows<Attendance, AttendanceRow> attendance =
            new FlatRows<>("attendance", RecordKind.ATTENDANCE, AttendanceRow.class, AttendanceRow::of);
    private final FlatRows<AgendaItem, AgendaRow> agenda =
            new FlatRows<>("agenda", RecordKind.AGENDA, AgendaRow.class, AgendaRow::of);
    private final FlatRows<Table, TableRow> tables = new FlatRows<>("tables", RecordKind.TABLE, TableRow.class, TableRow::of);

    public ActionRows actions() {
        return actions;
    }

    public FlatRows<Decision, DecisionRow> decisions() {
        return decisions;
    }

    public FlatRows<Attendance, AttendanceRow> attendance() {
        return attendance;
    }

    public FlatRows<AgendaItem, AgendaRow> agenda() {
        return agenda;
    }

    public FlatRows<Table, TableRow> tables() {
        return tables;
    }

    /** The row of a record read back typed, in its type's shape: the same row as {@code export} writes for it. */
    @SuppressWarnings("unchecked")
    public Record row(RecordRow<?> row) {
        return switch (row.record()) {
            case Attendance a -> attendance.row((RecordRow<Attendance>) row);
            case Action a -> actions.row((RecordRow<Action>) row);
            case Decision d -> decisions.row((RecordRow<Decision>) row);
            case AgendaItem a -> agenda.row((RecordRow<AgendaItem>) row);
            case Table t -> tables.row((RecordRow<Table>) row);
            default -> throw new IllegalArgumentException("no row shape for " + row.record().getClass().getSimpleName());
        };
    }

    public List<RowSource<?>> all() {
        return List.of(actions, decisions, attendance, agenda, tables);
    }

    public List<String> names() {
        return all().stream().map(RowSource::name).toList();
    }

    public Optional<RowSource<?>> named(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
