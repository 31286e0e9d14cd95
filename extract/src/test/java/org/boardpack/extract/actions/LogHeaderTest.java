package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogHeaderTest {

    @Test
    void aLogWithoutAnOwnerColumnIsALogAMinutesTableWithADeadlineColumnIsNot() {
        assertTrue(LogHeader.of(List.of("Ref", "Date", "Item", "Action", "Deadline", "Status", "Comments"), HeadingRoles.standard()).isPresent());
        assertTrue(LogHeader.of(List.of("No.", "Minute", "Action/Decision", "By when"), HeadingRoles.standard()).isEmpty(),
                "a number column and a deadline do not make a log of minutes");
        assertTrue(LogHeader.of(List.of("No.", "Minute", "Action", "By when"), HeadingRoles.standard()).isEmpty());
    }

    @Test
    void aTrackerOfAnAuditorsRecommendationsIsNoLog() {
        List<String> log = List.of("Ref", "Proposed Actions", "Due Date", "Responsible Officer", "Progress");
        assertTrue(LogHeader.of(log, HeadingRoles.standard()).isPresent(), "an owned, dated action column is a log");
        assertTrue(LogHeader.of(List.of("Rec No", "Recommendation", "Proposed Actions", "Due Date", "Responsible Officer",
                "Progress in implementation"), HeadingRoles.standard()).isEmpty());
        assertTrue(LogHeader.of(List.of("Finding", "Action", "Owner", "Deadline"), HeadingRoles.standard()).isEmpty());
    }

    @Test
    void aHeaderOverWhatWasSaidHeadsMinutesNotALog() {
        assertTrue(LogHeader.of(List.of("No.", "Action", "Lead", "Deadline"), HeadingRoles.standard()).isPresent());
        assertTrue(LogHeader.of(List.of("No.", "Discussion", "Action", "Lead", "Deadline"), HeadingRoles.standard())
                .isEmpty(), "a discussion column makes the table the minutes' own");
        assertTrue(LogHeader.of(List.of("Ref", "Summary", "Action", "Owner", "Due date"), HeadingRoles.standard()).isEmpty());
    }
}
