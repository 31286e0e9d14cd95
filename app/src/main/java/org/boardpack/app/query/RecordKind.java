package org.boardpack.app.query;

import org.boardpack.extract.actions.Action;
import org.boardpack.extract.agenda.AgendaItem;
import org.boardpack.extract.attendance.Attendance;
import org.boardpack.extract.decisions.Decision;

/** A record type as the index names it ({@code agenda_item}) with the Java type it reads back as. */
public record RecordKind<T>(String indexType, Class<T> type) {

    public static final RecordKind<AgendaItem> AGENDA = new RecordKind<>("agenda_item", AgendaItem.class);
    public static final RecordKind<Attendance> ATTENDANCE = new RecordKind<>("attendance", Attendance.class);
    public static final RecordKind<Decision> DECISION = new RecordKind<>("decision", Decision.class);
    public static final RecordKind<Action> ACTION = new RecordKind<>("action", Action.class);
}
