package org.boardpack.model.meetings;

/**
 * A meeting a pack documents. {@code id} is {@code body-slug/yyyy-mm-dd}; {@code date} ISO-8601,
 * {@code time} 24h {@code HH:MM}; unknown parts are {@code null}.
 */
public record Meeting(String id, String body, String date, String time, String location) {
}
