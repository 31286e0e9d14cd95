package org.boardpack.extract.attendance;

import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListedOnceTest {

    private static Attendance a(String meeting, String honorific, String name, String role, AttendanceStatus status) {
        return new Attendance(meeting, name, honorific, role, null, status, 1);
    }

    @Test
    void peopleAlreadyListedForTheMeetingAreKeptOnceUnderTheirFirstName() {
        List<Attendance> listed = List.of(
                a("m/1", "Cllr", "S Dixon", null, AttendanceStatus.APOLOGIES),
                a("m/1", null, "Claire Murdoch", null, AttendanceStatus.APOLOGIES));
        List<Attendance> text = List.of(
                a("m/1", "Cllr", "Dixon", null, AttendanceStatus.APOLOGIES),
                a("m/1", null, "C Murdoch", null, AttendanceStatus.APOLOGIES),
                a("m/1", null, "Simon Murdoch", null, AttendanceStatus.APOLOGIES),
                a("m/1", null, "Simon Murdoch", null, AttendanceStatus.APOLOGIES),
                a("m/2", "Cllr", "S Dixon", null, AttendanceStatus.APOLOGIES));
        assertEquals(List.of(listed.get(0), listed.get(1), text.get(2), text.get(4)), new ListedOnce().merge(listed, text));
    }

    @Test
    void apologiesReplacePresenceAndTheFirstRecordTakesWhatItLacked() {
        List<Attendance> grid = List.of(a("m/1", null, "Alexa Gainsbury", null, AttendanceStatus.PRESENT),
                a("m/1", null, "Oliver Laity", null, AttendanceStatus.PRESENT));
        List<Attendance> text = List.of(a("m/1", null, "Lex Gainsbury", null, AttendanceStatus.APOLOGIES),
                a("m/1", null, "Oliver Laity", "Chair", AttendanceStatus.PRESENT),
                a("m/1", null, "Alexa Gainsbury", null, AttendanceStatus.PRESENT));
        assertEquals(List.of(a("m/1", null, "Alexa Gainsbury", null, AttendanceStatus.APOLOGIES),
                a("m/1", null, "Oliver Laity", "Chair", AttendanceStatus.PRESENT)), new ListedOnce().merge(grid, text));
    }

    @Test
    void differentFirstNamesOrInitialsAreDifferentPeople() {
        List<Attendance> listed = List.of(a("m/1", null, "D. Smith", null, AttendanceStatus.PRESENT));
        List<Attendance> more = List.of(a("m/1", null, "K. Smith", null, AttendanceStatus.PRESENT),
                a("m/1", null, "Jane Smith", null, AttendanceStatus.APOLOGIES));
        assertEquals(3, new ListedOnce().merge(listed, more).size());
    }
}
