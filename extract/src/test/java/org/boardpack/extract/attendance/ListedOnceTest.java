package org.boardpack.extract.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListedOnceTest {

    private static Attendance a(String meeting, String honorific, String name, AttendanceStatus status) {
        return new Attendance(meeting, name, honorific, null, null, status, 1);
    }

    @Test
    void peopleAlreadyListedForTheMeetingAreNotAddedAgain() {
        List<Attendance> listed = List.of(
                a("m/1", "Cllr", "S Dixon", AttendanceStatus.APOLOGIES),
                a("m/1", null, "Claire Murdoch", AttendanceStatus.APOLOGIES));
        List<Attendance> text = List.of(
                a("m/1", "Cllr", "Dixon", AttendanceStatus.APOLOGIES),
                a("m/1", null, "C Murdoch", AttendanceStatus.APOLOGIES),
                a("m/1", null, "Simon Murdoch", AttendanceStatus.APOLOGIES),
                a("m/1", null, "Simon Murdoch", AttendanceStatus.APOLOGIES),
                a("m/2", "Cllr", "S Dixon", AttendanceStatus.APOLOGIES));
        assertEquals(List.of(text.get(2), text.get(4)), new ListedOnce().notListed(listed, text));
    }
}
