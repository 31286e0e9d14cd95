package org.boardpack.spark;

import java.util.List;
import org.boardpack.model.PackRecord;
import org.boardpack.model.meetings.Meeting;

/**
 * Where a file's record lands in the output: the body and year of the first meeting it documents
 * (the pack's own meeting leads its list), as the meeting id prints them ({@code body-slug/yyyy-mm-dd}),
 * so a reader can take one body's or one year's records without reading the rest. A pack with no
 * meeting found goes under {@code unknown}.
 */
public record RecordPartition(String body, String year) {

    public static final String UNKNOWN = "unknown";

    public static RecordPartition of(PackRecord record) {
        List<Meeting> meetings = record.meetings();
        Meeting first = meetings == null || meetings.isEmpty() ? null : meetings.getFirst();
        if (first == null || first.id() == null) {
            return new RecordPartition(UNKNOWN, UNKNOWN);
        }
        int slash = first.id().indexOf('/');
        String body = slash > 0 ? first.id().substring(0, slash) : first.id();
        String date = first.date();
        String year = date != null && date.matches("\\d{4}.*") ? date.substring(0, 4) : UNKNOWN;
        return new RecordPartition(body.isBlank() ? UNKNOWN : body, year);
    }
}
