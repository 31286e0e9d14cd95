package org.boardpack.app.export;

import org.boardpack.app.query.RecordContext;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;

/**
 * An attendance row ({@code export attendance}, {@code people}, {@code show}): the context columns,
 * then who and how, then the meeting's id as the pack printed it.
 */
public record AttendanceRow(String meeting, String body, String date, String path, Integer page,
                            String name, String honorific, String role, String initials, AttendanceStatus status,
                            String packMeeting) {

    public static AttendanceRow of(RecordContext c, Attendance a) {
        return new AttendanceRow(c.meeting(), c.body(), c.date(), c.path(), c.page(), a.name(), a.honorific(), a.role(),
                a.initials(), a.status(), c.packMeeting());
    }
}
