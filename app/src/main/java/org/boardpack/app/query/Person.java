package org.boardpack.app.query;

import java.util.List;
import org.boardpack.model.actions.Action;
import org.boardpack.model.attendance.Attendance;

/**
 * One person a name matched: as the minutes print them (honorific, null when none is printed),
 * their attendance and the actions they own, each a typed record with where it sits.
 */
public record Person(String name, String honorific, List<RecordRow<Attendance>> attendance,
                     List<RecordRow<Action>> actions) {

    public Person {
        attendance = List.copyOf(attendance);
        actions = List.copyOf(actions);
    }

    /** {@code Mayor Dave Hodgson}, or the name alone. */
    public String displayName() {
        return honorific == null ? name : honorific + " " + name;
    }
}
