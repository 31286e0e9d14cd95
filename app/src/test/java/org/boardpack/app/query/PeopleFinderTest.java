package org.boardpack.app.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;
import org.boardpack.index.PersonNames;
import org.junit.jupiter.api.Test;

/**
 * Who a name means, on typed records: the honorific taken from the attendance lists for an action
 * log's owner, a joint owner's action each one's, an unresolved owner matched as printed.
 */
class PeopleFinderTest {

    private static final RecordContext AT = new RecordContext("board/2021-01-05", "Board", "2021-01-05", "a.pdf", 2);

    private static RecordRow<Attendance> attended(String honorific, String name) {
        return new RecordRow<>(AT, new Attendance("board/2021-01-05", name, honorific, null, null,
                AttendanceStatus.PRESENT, 2));
    }

    private static RecordRow<Action> owned(String printed, String resolved) {
        return new RecordRow<>(AT, new Action(ActionSource.ACTION_LOG, "board/2021-01-05", "A1", null, "Write",
                printed, resolved, null, null, ActionStatus.OPEN, null, List.of(), 3));
    }

    @Test
    void aPersonGathersAttendanceAndActionsWithTheHonorificOfTheMinutes() {
        try (PersonNames names = new PersonNames()) {
            List<Person> people = new PeopleFinder(names).find("hodgson",
                    List.of(attended("Mayor", "Dave Hodgson"), attended(null, "Ann Lee")),
                    List.of(owned("DH", "Dave Hodgson"), owned("Ann Lee/Dave Hodgson", "Ann Lee, Dave Hodgson"),
                            owned("Raj Shah", null)));
            assertEquals(1, people.size());
            Person p = people.getFirst();
            assertEquals("Mayor Dave Hodgson", p.displayName());
            assertEquals(1, p.attendance().size());
            assertEquals(2, p.actions().size(), "his own and the joint one");
        }
    }

    @Test
    void anUnresolvedOwnerIsMatchedAsPrintedEachOfAJointOne() {
        try (PersonNames names = new PersonNames()) {
            List<Person> people = new PeopleFinder(names).find("shah", List.of(),
                    List.of(owned("Raj Shah & Ann Lee", null)));
            assertEquals(List.of("Raj Shah"), people.stream().map(Person::name).toList());
        }
    }
}
