package org.boardpack.app.answers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.boardpack.app.export.RowSources;
import org.boardpack.app.query.MeetingSources;
import org.boardpack.app.query.MeetingView;
import org.boardpack.app.query.RecordRow;

/**
 * A meeting as JSON: {@code {"meeting": {id, body, date, time, location, sources: [{path, pages}]},
 * "agenda_items": [rows], "attendance": [rows], "decisions": [rows], "actions": [rows]}}, the lists
 * in the export's row shapes.
 */
public final class MeetingAnswer {

    private final ObjectMapper json;
    private final RowSources rows;

    public MeetingAnswer(ObjectMapper json) {
        this.json = json;
        this.rows = new RowSources();
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
        rows(root.putArray("agenda_items"), m.agenda());
        rows(root.putArray("attendance"), m.attendance());
        rows(root.putArray("decisions"), m.decisions());
        rows(root.putArray("actions"), m.actions());
        return root;
    }

    /** Typed records as the export's flat rows, so a script sees the same fields as {@code export} writes. */
    private void rows(ArrayNode into, List<? extends RecordRow<?>> records) {
        records.forEach(r -> into.add(json.<JsonNode>valueToTree(rows.row(r))));
    }
}
