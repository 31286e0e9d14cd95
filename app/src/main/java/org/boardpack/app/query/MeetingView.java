package org.boardpack.app.query;

import java.util.List;
import org.boardpack.model.actions.Action;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.decisions.Decision;

/**
 * One meeting with everything that belongs to it: its details (null where no paper says), the
 * files and pages of its papers, and its agenda, attendance, decisions and actions, each a typed
 * record with where it sits.
 */
public record MeetingView(String id, String body, String date, String time, String location, List<MeetingSources> sources,
                          List<RecordRow<AgendaItem>> agenda, List<RecordRow<Attendance>> attendance,
                          List<RecordRow<Decision>> decisions, List<RecordRow<Action>> actions) {

    public MeetingView {
        sources = List.copyOf(sources);
        agenda = List.copyOf(agenda);
        attendance = List.copyOf(attendance);
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
    }
}
