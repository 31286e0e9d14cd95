package org.boardpack.app.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One meeting with everything that belongs to it: its details (null where no paper says), the
 * files and pages of its papers, and its agenda, attendance, decisions and actions as export rows.
 */
public record MeetingView(String id, String body, String date, String time, String location, List<MeetingSources> sources,
                   List<ObjectNode> agenda, List<ObjectNode> attendance, List<ObjectNode> decisions,
                   List<ObjectNode> actions) {

    public MeetingView {
        sources = List.copyOf(sources);
        agenda = List.copyOf(agenda);
        attendance = List.copyOf(attendance);
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
    }
}
