package org.boardpack.app.answers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.boardpack.app.query.MeetingSources;
import org.boardpack.app.query.MeetingView;

/**
 * A meeting as JSON: {@code {"meeting": {id, body, date, time, location, sources: [{path, pages}]},
 * "agenda_items": [rows], "attendance": [rows], "decisions": [rows], "actions": [rows]}}, the lists
 * in the export's row shapes.
 */
public final class MeetingAnswer {

    private final ObjectMapper json;

    public MeetingAnswer(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode of(MeetingView m) {
        ObjectNode root = json.createObjectNode();
        ObjectNode meeting = root.putObject("meeting");
        meeting.put("id", m.id());
        meeting.put("body", m.body());
        meeting.put("date", m.date());
        meeting.put("time", m.time());
        meeting.put("location", m.location());
        ArrayNode sources = meeting.putArray("sources");
        for (MeetingSources s : m.sources()) {
            ObjectNode n = sources.addObject();
            n.put("path", s.path());
            s.pages().forEach(n.putArray("pages")::add);
        }
        root.putArray("agenda_items").addAll(m.agenda());
        root.putArray("attendance").addAll(m.attendance());
        root.putArray("decisions").addAll(m.decisions());
        root.putArray("actions").addAll(m.actions());
        return root;
    }
}
