package org.boardpack.app.export;

import org.boardpack.app.query.RecordContext;
import org.boardpack.model.agenda.AgendaItem;

/**
 * An agenda item row ({@code export agenda}, {@code show}): the context columns, then the item's
 * number, title, lead and time, then the meeting's id as the pack printed it.
 */
public record AgendaRow(String meeting, String body, String date, String path, Integer page,
                        String number, String title, String lead, String time, String packMeeting) {

    public static AgendaRow of(RecordContext c, AgendaItem a) {
        return new AgendaRow(c.meeting(), c.body(), c.date(), c.path(), c.page(), a.number(), a.title(), a.lead(),
                a.time(), c.packMeeting());
    }
}
