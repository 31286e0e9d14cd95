package org.boardpack.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.meetings.Meeting;
import org.junit.jupiter.api.Test;

/** A record lands under the body slug and year of its first meeting, or under {@code unknown}. */
class RecordPartitionTest {

    private static PackRecord withMeetings(List<Meeting> meetings) {
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo("/p.pdf", "0", 1, "pdf"), null, meetings,
                null, null, null, null, null, null);
    }

    @Test
    void theFirstMeetingsBodyAndYear() {
        PackRecord r = withMeetings(List.of(
                new Meeting("blmk-partnership-board/2020-12-09", "BLMK Partnership Board", "2020-12-09", null, null),
                new Meeting("blmk-partnership-board/2020-11-11", "BLMK Partnership Board", "2020-11-11", null, null)));
        assertEquals(new RecordPartition("blmk-partnership-board", "2020"), RecordPartition.of(r));
    }

    @Test
    void aMeetingWithoutADateHasAnUnknownYear() {
        PackRecord r = withMeetings(List.of(new Meeting("audit-committee/undated", "Audit Committee", null, null, null)));
        assertEquals(new RecordPartition("audit-committee", RecordPartition.UNKNOWN), RecordPartition.of(r));
    }

    @Test
    void noMeetingIsUnknown() {
        assertEquals(new RecordPartition(RecordPartition.UNKNOWN, RecordPartition.UNKNOWN), RecordPartition.of(withMeetings(null)));
        assertEquals(new RecordPartition(RecordPartition.UNKNOWN, RecordPartition.UNKNOWN), RecordPartition.of(withMeetings(List.of())));
    }
}
