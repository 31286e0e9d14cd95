package org.boardpack.model.attendance;

/** One person's attendance at a meeting, as listed in its minutes. */
public record Attendance(String meeting, String name, String honorific, String role, String initials,
                         AttendanceStatus status, int page) {
}
