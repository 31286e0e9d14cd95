package org.boardpack.extract.decisions;

import org.boardpack.model.decisions.DecisionKind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.boardpack.extract.text.SentenceSplitter;
import org.boardpack.ingest.tables.DetectedTable;
import org.junit.jupiter.api.Test;

class DecisionTablesTest {

    private final DecisionTables tables = new DecisionTables(new DecisionCues(), SentenceSplitter.english());

    private static DetectedTable table(List<List<String>> rows) {
        return new DetectedTable(2, 2, 36, 100, 560, 700, 1, rows, "test");
    }

    @Test
    void theDecisionColumnsOutcomesAndTheRowsCues() {
        DetectedTable grants = table(List.of(
                List.of("Organisation", "Project Summary", "Amount Requested", "Recommendation"),
                List.of("Friends of Rectory Park", "Improve the memorial site.", "£1,385", "Approved."),
                List.of("Friends of Mossy Bank", "Improvements to the open space.", "£3098.50",
                        "£2500 approved. Meets the criteria."),
                List.of("Boldmere FC", "Update the floodlights.", "£22,720", "Rejected. Does not meet the criteria."),
                List.of("Special Olympics", "Revenue costs.", "£9422",
                        "Approved. Committee resolved to fund from the social inclusion budget."),
                List.of("Moor Hall School", "Recycling bins.", "£868.23",
                        "Recommend approval of the project to the Planning Committee.")));
        assertEquals(List.of(
                new DecisionTables.Found(DecisionKind.APPROVED, "Approved.", "Friends of Rectory Park", null),
                new DecisionTables.Found(DecisionKind.APPROVED, "£2500 approved.", "Friends of Mossy Bank", null),
                new DecisionTables.Found(DecisionKind.OTHER, "Rejected.", "Boldmere FC", null),
                new DecisionTables.Found(DecisionKind.APPROVED, "Approved.", "Special Olympics", null),
                new DecisionTables.Found(DecisionKind.RESOLVED, "Committee resolved to fund from the social inclusion budget.",
                        "Special Olympics", null)), tables.read(grants, null));
    }

    @Test
    void anOutcomeOpeningTheCellAndNotingAsAFormalOutcome() {
        DetectedTable items = table(List.of(
                List.of("Item", "Discussion", "Decision"),
                List.of("4", "The plans were presented.", "Approved subject to conditions."),
                List.of("5", "The quarterly report.", "Noted.")));
        assertEquals(List.of(
                new DecisionTables.Found(DecisionKind.APPROVED, "Approved subject to conditions.", "4", "4"),
                new DecisionTables.Found(DecisionKind.NOTED, "Noted.", "5", "5")), tables.read(items, null));
    }

    @Test
    void anItemColumnGivesTheRowsItemAndTheSubjectWhatItDecidesOn() {
        DetectedTable items = table(List.of(
                List.of("Item", "Subject", "Discussion", "Decision"),
                List.of("2", "Minutes of 5 September 2023", "No amendments.", "Approved as a correct record."),
                List.of("4.", "Fees and Charges", "Members queried the increase.", "Agreed, subject to parking charges being held."),
                List.of("Late", "Grant to Ashbury Foodbank", "Members considered the application.", "Approved.")));
        assertEquals(List.of(
                new DecisionTables.Found(DecisionKind.APPROVED, "Approved as a correct record.", "Minutes of 5 September 2023", "2"),
                new DecisionTables.Found(DecisionKind.AGREED, "Agreed, subject to parking charges being held.", "Fees and Charges", "4"),
                new DecisionTables.Found(DecisionKind.APPROVED, "Approved.", "Late", null)), tables.read(items, null));
    }

    @Test
    void aRowBrokenAcrossPagesIsOneRow() {
        DetectedTable grants = table(List.of(
                List.of("Organisation", "Project Summary", "Recommendation"),
                List.of("Park Run", "Timing equipment.", "Rejected. Does not meet the criteria."),
                List.of("", "The nearest parkrun is Kingsbury.",
                        "Committee agreed that they would be keen to consider this again.")));
        assertEquals(List.of(
                new DecisionTables.Found(DecisionKind.OTHER, "Rejected.", "Park Run", null),
                new DecisionTables.Found(DecisionKind.AGREED, "Committee agreed that they would be keen to consider this again.",
                        "Park Run", null)), tables.read(grants, null));
    }

    @Test
    void aGridWithoutADecisionColumnIsNotRead() {
        DetectedTable applications = table(List.of(
                List.of("Organisation", "Status", "Amount Requested"),
                List.of("YMCA", "Approved.", "£8,000")));
        assertEquals(-1, tables.decisionColumn(applications));
        assertEquals(List.of(), tables.read(applications, null));
    }
}
