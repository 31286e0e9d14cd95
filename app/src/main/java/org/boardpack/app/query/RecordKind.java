package org.boardpack.app.query;

import org.boardpack.model.actions.Action;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.tables.Table;

/** A record type as the index names it ({@code agenda_item}) with the Java type it reads back as. */
public record RecordKind<T>(String indexType, Class<T> type) {

    public static final RecordKind<AgendaItem> AGENDA = new RecordKind<>("agenda_item", AgendaItem.class);
    public static final RecordKind<Attendance> ATTENDANCE = new RecordKind<>("attendance", Attendance.class);
    public static final RecordKind<Decision> DECISION = new RecordKind<>("decision", Decision.class);
    public static final RecordKind<Action> ACTION = new RecordKind<>("action", Action.class);
    public static final RecordKind<Table> TABLE = new RecordKind<>("table", Table.class);
}
