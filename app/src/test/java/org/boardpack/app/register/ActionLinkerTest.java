package org.boardpack.app.register;

import static org.boardpack.app.register.Rows.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.actions.ActionUpdate;
import org.junit.jupiter.api.Test;

class ActionLinkerTest {

    private static final String LETTER = "To provide letter of support on behalf of the ICS";
    private static final String STRATEGIES = "That the Chairs of the Health and Wellbeing Boards would collectively "
            + "review the strategies.";
    private final Rows blmk = Rows.blmk();

    @Test
    void oneReferenceInAnyDressIsOneActionFromTheMinutesThatRaisedItToEveryLog() {
        List<LinkedAction> linked = Rows.link("2021-02-01",
                blmk.log("2021-01-13", "31", "2020-11-11", LETTER, "Chair", null, "2020-12", ActionStatus.CLOSED),
                blmk.minutes("2020-11-11", "2020-12-09", "Action 31", null, "Chair", null),
                blmk.log("2020-12-09", "031", "2020-11-11", LETTER, "Chair", null, "2020-11", ActionStatus.CLOSING));

        assertEquals(1, linked.size());
        LinkedAction a = linked.get(0);
        assertEquals("blmk-partnership-board/31", a.id());
        assertEquals("BLMK Partnership Board", a.body());
        assertEquals(List.of("2020-11-11", "2020-12-09", "2021-01-13"), a.history().stream().map(HistoryEntry::date).toList());
        assertEquals(ActionSource.MINUTES, a.history().get(0).source());
        assertEquals("2020-11-11", a.raised());
        assertEquals("blmk-partnership-board/2020-11-11", a.raisedBy());
        assertEquals(LETTER, a.description());
        assertEquals("2020-12", a.due());
    }

    @Test
    void historyGivesStatusChangesTheClosingMeetingAndEachUpdateOnce() {
        ActionUpdate provided = update("2020-11-11", "letter of support provided");
        List<LinkedAction> linked = Rows.link("2021-02-01",
                blmk.log("2020-12-09", "31", "2020-11-11", LETTER, "Chair", null, "2020-11", ActionStatus.OPEN, provided),
                blmk.log("2021-01-13", "31", "2020-11-11", LETTER, "Chair", null, "2020-11", ActionStatus.CLOSING,
                        provided, update("2020-12-14", "Letter sent to NHSEI")),
                blmk.log("2021-02-10", "31", "2020-11-11", LETTER, "Chair", null, "2020-11", ActionStatus.CLOSED,
                        provided, update("2020-12-14", "Letter sent to NHSEI")));

        LinkedAction a = linked.get(0);
        assertEquals(ActionStatus.CLOSED, a.status());
        assertEquals("2021-02-10", a.closed());
        assertEquals(List.of(new StatusChange("2021-01-13", ActionStatus.OPEN, ActionStatus.CLOSING),
                new StatusChange("2021-02-10", ActionStatus.CLOSING, ActionStatus.CLOSED)), a.statusChanges());
        assertEquals(List.of("letter of support provided", "Letter sent to NHSEI"),
                a.updates().stream().map(ActionUpdate::text).toList());
        assertFalse(a.overdue(), "a closed action is never overdue");
    }

    @Test
    void aReferenceUsedAgainAfterClosureIsANewAction() {
        List<LinkedAction> linked = Rows.link("2021-08-01",
                blmk.log("2020-12-09", "5", "2020-03-04", STRATEGIES, "Tracey Stock", "Tracey Stock", "2020-12",
                        ActionStatus.CLOSED),
                blmk.minutes("2021-05-12", "2021-06-09", "5", null, "DT", "Daphne Thomas"),
                blmk.log("2021-06-09", "5", "2021-05-12", "Circulate the final winter plan and escalation framework "
                        + "to all partners", "Daphne Thomas", "Daphne Thomas", "2021-07", ActionStatus.OPEN));

        assertEquals(2, linked.size());
        assertEquals("blmk-partnership-board/5", linked.get(0).id());
        assertEquals("2020-12-09", linked.get(0).closed());
        LinkedAction reused = linked.get(1);
        assertEquals("blmk-partnership-board/5~2021-05-12", reused.id());
        assertEquals(2, reused.history().size(), "the new action's minutes entry and its log row");
        assertNull(reused.closed());
        assertTrue(reused.overdue(), "due July 2021, open on 1 August");
    }

    @Test
    void evenTheSameWordingAfterClosureIsANewAction() {
        String report = "Report flu vaccination uptake to the next meeting";
        List<LinkedAction> linked = Rows.link("2022-01-01",
                blmk.log("2020-12-09", "12", "2020-11-11", report, "Chair", null, "2020-12", ActionStatus.CLOSED),
                blmk.log("2021-12-08", "12", "2021-11-10", report, "Chair", null, "2021-12", ActionStatus.OPEN));

        assertEquals(2, linked.size());
    }

    @Test
    void aReferenceOverAClearlyDifferentTaskIsANewActionEvenWhileTheFirstIsOpen() {
        List<LinkedAction> linked = Rows.link("2021-02-01",
                blmk.log("2020-12-09", "28", "2020-10-14", "Provide an update on national uptake data due to be "
                        + "published at the end of the month", "Chair", null, "2020-11", ActionStatus.OPEN),
                blmk.log("2021-01-13", "28", "2020-10-14", "Consider BCA attendance at H&WB meetings and being part "
                        + "of that membership", "Chair", null, "2020-11", ActionStatus.OPEN));

        assertEquals(2, linked.size());
    }

    @Test
    void aReferenceRaisedOnAnotherKnownDayIsAnotherAction() {
        List<LinkedAction> linked = Rows.link("2021-02-01",
                blmk.log("2020-12-09", "9", "2020-03-04", "That a detailed report be made to the next meeting on "
                        + "Wave 5 Capital funding.", "Daphne Thomas", "Daphne Thomas", "2021-01", ActionStatus.OPEN),
                blmk.log("2021-01-13", "9", "2020-12-09", "That a detailed report be made to the next meeting on "
                        + "the estates strategy.", "Daphne Thomas", "Daphne Thomas", "2021-02", ActionStatus.OPEN));

        assertEquals(2, linked.size());
    }

    @Test
    void rowsWithoutReferencesLinkByWordingWhenTheOwnerAgrees() {
        Rows trust = new Rows("Northfield Carers' Trust Board of Trustees", "northfield-carers-trust-board-of-trustees");
        List<LinkedAction> linked = Rows.link("2021-06-01",
                trust.minutes("2021-01-13", "2021-03-10", null,
                        "To circulate the revised safeguarding policy to all trustees before the next meeting",
                        "JB", "Joanne Bell"),
                trust.log("2021-03-10", null, "2021-01-13",
                        "Circulate revised safeguarding policy to trustees before the next meeting", "Joanne Bell",
                        "Joanne Bell", "2021-03", ActionStatus.OPEN),
                trust.log("2021-03-10", null, "2021-01-13", "Review the reserves policy and report to the Finance "
                        + "Committee", "Joanne Bell", "Joanne Bell", "2021-04", ActionStatus.OPEN),
                trust.minutes("2021-03-10", "2021-05-12", null,
                        "To circulate the revised safeguarding policy to all trustees before the next meeting",
                        "KO", "Kwame Osei"));

        assertEquals(3, linked.size(), "the reworded row joins; another task and another owner's do not");
        LinkedAction policy = linked.stream().filter(a -> a.history().size() == 2).findFirst().orElseThrow();
        assertEquals("Circulate revised safeguarding policy to trustees before the next meeting", policy.description());
        assertTrue(policy.id().startsWith("northfield-carers-trust-board-of-trustees/#"));
        assertEquals(policy.id(), Rows.link("2021-06-01", trust.minutes("2021-01-13", "2021-03-10", null,
                "To circulate the revised safeguarding policy to all trustees before the next meeting", "JB",
                "Joanne Bell")).get(0).id(), "the id is the same whenever the first wording is");
    }

    @Test
    void theSameReferenceInTwoBodiesIsTwoActions() {
        Rows other = new Rows("SWV Partnership Board", "swv-partnership-board");
        List<LinkedAction> linked = Rows.link("2021-02-01",
                blmk.log("2020-12-09", "31", "2020-11-11", LETTER, "Chair", null, "2020-12", ActionStatus.OPEN),
                other.log("2020-12-09", "31", "2020-11-11", LETTER, "Chair", null, "2020-12", ActionStatus.OPEN));

        assertEquals(List.of("blmk-partnership-board/31", "swv-partnership-board/31"),
                linked.stream().map(LinkedAction::id).sorted().toList());
    }

    @Test
    void overdueIsJudgedOnTheAsOfDayAgainstTheLastDayOfAMonthsDeadline() {
        var row = blmk.log("2020-12-09", "26", "2020-10-14", "Consider BCA attendance at H&WB meetings",
                "David Carter/Simon Linnett", null, "2020-12", ActionStatus.OPEN);
        assertFalse(Rows.link("2020-12-31", row).get(0).overdue());
        assertTrue(Rows.link("2021-01-01", row).get(0).overdue());
    }
}
