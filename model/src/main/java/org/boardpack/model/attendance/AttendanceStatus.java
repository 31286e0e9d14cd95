package org.boardpack.model.attendance;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum AttendanceStatus {
    @JsonProperty("present") PRESENT,
    @JsonProperty("apologies") APOLOGIES,
    @JsonProperty("absent") ABSENT,
    @JsonProperty("in_attendance") IN_ATTENDANCE
}
