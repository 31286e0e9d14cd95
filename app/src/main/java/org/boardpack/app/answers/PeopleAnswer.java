package org.boardpack.app.answers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.boardpack.app.query.Person;

/** The people a name matched as JSON: {@code {"query": …, "people": [{"name", "honorific", "attendance": [rows], "actions": [rows]}]}}. */
public final class PeopleAnswer {

    private final ObjectMapper json;

    public PeopleAnswer(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode of(String query, List<Person> people) {
        ObjectNode root = json.createObjectNode();
        root.put("query", query);
        ArrayNode list = root.putArray("people");
        for (Person p : people) {
            ObjectNode n = list.addObject();
            n.put("name", p.name());
            n.put("honorific", p.honorific());
            n.putArray("attendance").addAll(p.attendance());
            n.putArray("actions").addAll(p.actions());
        }
        return root;
    }
}
