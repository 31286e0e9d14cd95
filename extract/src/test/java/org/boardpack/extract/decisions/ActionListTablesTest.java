package org.boardpack.extract.decisions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.boardpack.ingest.tables.DetectedTable;
import org.junit.jupiter.api.Test;

class ActionListTablesTest {

    private final ActionListTables lists = new ActionListTables();

    private static DetectedTable table(List<List<String>> rows) {
        return new DetectedTable(1, 1, 72, 100, 520, 300, 1, rows, "test");
    }

    @Test
    void aListOfTasksWithOwnerAndDeadlineIsAnActionList() {
        assertTrue(lists.isActionList(table(List.of(
                List.of("ITEM", "", "BY WHOM", "BY WHEN"),
                List.of("98/2122", "Notify Babcock of the appointments", "Clerk", "asap"),
                List.of("104c/2122", "It was agreed that Heather agree the increase when the information is available",
                        "Heather Poustie", "asap")))));
        assertTrue(lists.isActionList(table(List.of(
                List.of("No.", "Action", "Owner", "Deadline"),
                List.of("1", "Circulate the dates", "Clerk", "June 2022")))));
    }

    @Test
    void aMinutesGridWithADiscussionColumnOrNoDeadlineIsNot() {
        String paragraph = "The Board considered the report on the budget and the pressures on the pay award. Members "
                + "asked about the reserves and it was agreed that the budget be approved subject to the changes "
                + "discussed at the meeting.";
        assertFalse(lists.isActionList(table(List.of(
                List.of("Item", "Discussion", "Action by", "By when"),
                List.of("5", paragraph, "CFO", "May")))));
        assertFalse(lists.isActionList(table(List.of(
                List.of("Applicant", "Purpose", "Amount", "Decision"),
                List.of("St Mary's Church", "Wall repairs", "£1000", "Approved.")))));
        assertFalse(lists.isActionList(table(List.of(
                List.of("Item", "Notes", "Owner"),
                List.of("5", "Agreed to circulate the dates", "Clerk")))));
    }

    @Test
    void aMinutesHeaderRunTogetherInOneCellNamesNoOwnerOrDeadlineColumn() {
        // a whitespace table ran "Minute | Action | By when" into one cell: "Action By" + "when"
        // are words of three headings, not an owner column and a deadline column
        assertFalse(lists.isActionList(table(List.of(
                List.of("No.", "Minute Action By when"),
                List.of("5.3", "Agreed: that the fundraising strategy be adopted and progress reported to each meeting."),
                List.of("5.4", "Action: Circulate the campaign timetable to trustees (IB)")))));
        assertTrue(lists.isActionList(table(List.of(
                List.of("No.", "Action", "Action by", "When"),
                List.of("1", "Circulate the dates", "Clerk", "June 2022")))),
                "an owner column and a deadline column of their own still make a list of actions");
    }
}
