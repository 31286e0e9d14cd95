package org.boardpack.app.answers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.boardpack.app.export.RowSources;
import org.boardpack.app.query.Person;

/** The people a name matched as JSON: {@code {"query": …, "people": [{"name", "honorific", "attendance": [rows], "actions": [rows]}]}}. */
public final class PeopleAnswer {

    private final ObjectMapper json;
    private final RowSources rows;

    public PeopleAnswer(ObjectMapper json) {
        this.json = json;
        this.rows = new RowSources();
    }

    public ObjectNode of(String query, List<Person> people) {
        ObjectNode root = json.createObjectNode();
        root.put("query", query);
        ArrayNode list = root.putArray("people");
        for (Person p : people) {
            ObjectNode n = list.addObject();
            n.put("name", p.name());
            n.put("honorific", p.honorific());
            ArrayNode attendance = n.putArray("attendance");
            p.attendance().forEach(r -> attendance.add(json.<JsonNode>valueToTree(rows.row(r))));
            ArrayNode actions = n.putArray("actions");
            p.actions().forEach(r -> actions.add(json.<JsonNode>valueToTree(rows.row(r))));
        }
        return root;
    }
}
