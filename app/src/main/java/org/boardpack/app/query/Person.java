package org.boardpack.app.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One person a name matched: as the minutes print them (honorific, null when none is printed),
 * their attendance rows and the action rows they own, each in the export's row shape.
 */
public record Person(String name, String honorific, List<ObjectNode> attendance, List<ObjectNode> actions) {

    public Person {
        attendance = List.copyOf(attendance);
        actions = List.copyOf(actions);
    }

    /** {@code Mayor Dave Hodgson}, or the name alone. */
    public String displayName() {
        return honorific == null ? name : honorific + " " + name;
    }
}
