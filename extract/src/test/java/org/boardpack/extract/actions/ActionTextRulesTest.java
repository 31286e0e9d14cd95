package org.boardpack.extract.actions;

import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.actions.ActionUpdate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates, comments and statuses as the seed packs' action logs print them. */
class ActionTextRulesTest {

    private final ActionDates dates = new ActionDates();
    private final UpdateSplitter splitter = new UpdateSplitter(dates);
    private final StatusNormaliser statuses = new StatusNormaliser();

    private String cell(String s) {
        return dates.ofCell(s).map(ActionDates.Token::iso).orElse(null);
    }

    @Test
    void logDates() {
        assertEquals("2020-03-04", cell("04-Mar-20"));
        assertEquals("2020-12", cell("Dec-20"));
        assertEquals("2020-07", cell("July 20"));
        assertEquals("2021-08-20", cell("20.8.21"));
        assertEquals("2020-12-02", cell("02/12/2020"));
        assertEquals("2020-03-04", cell("4th March 2020"));
        assertEquals("2021-03", cell("Dec-20 Mar-21"), "a revised deadline: the last one stands");
        assertNull(cell("Ongoing"));
        assertNull(cell("may 20 people"));
    }

    @Test
    void commentsIntoDatedUpdates() {
        assertEquals(List.of(new ActionUpdate("2021-08-20", "Additional work has taken place."),
                        new ActionUpdate("2021-07-14", "the offer remains open.")),
                splitter.split("20.8.21 - Additional work has taken place. 14.7.21 - the offer remains open."));
        assertEquals(List.of(new ActionUpdate(null, "Completed 14.7.21")), splitter.split("Completed 14.7.21"));
        assertEquals(List.of(new ActionUpdate(null, "Performance report, see agenda item 6 (01.09.21 meeting)")),
                splitter.split("Performance report, see agenda item 6 (01.09.21 meeting)"));
        assertEquals(List.of(new ActionUpdate("2020-11-11", "on the agenda for 09.12.20")),
                splitter.split("11.11.20 - on the agenda for 09.12.20"));
        assertTrue(splitter.split("  ").isEmpty());
    }

    /**
     * A note ending in a month ({@code paper due in May}) over the next note's numeric date
     * ({@code 04/04/24 – …}): the month and the date's day are no month and year ({@code May 04}),
     * so the second note starts at its date.
     */
    @Test
    void aMonthEndingOneNoteIsNoYearWithTheNextNotesDate() {
        assertEquals(List.of(new ActionUpdate("2024-03-12", "paper due in May"),
                        new ActionUpdate("2024-04-04", "audit fieldwork complete")),
                splitter.split("12/03/24 – paper due in May\n04/04/24 – audit fieldwork complete"));
        assertEquals(List.of(new ActionUpdate("2024-03-12", "report due on 3 June"),
                        new ActionUpdate("2024-04-04", "deferred")),
                splitter.split("12/03/24 – report due on 3 June\n04.04.24 – deferred"));
        assertEquals("2020-07", cell("July 20"), "a month and a two-digit year alone is still a month");
    }

    @Test
    void statuses() {
        assertEquals(ActionStatus.OPEN, statuses.normalise("Open"));
        assertEquals(ActionStatus.OPEN, statuses.normalise("In progress"));
        assertEquals(ActionStatus.CLOSING, statuses.normalise("Closing"));
        assertEquals(ActionStatus.CLOSING, statuses.normalise("Proposed for closure"));
        assertEquals(ActionStatus.CLOSED, statuses.normalise("Closed"));
        assertEquals(ActionStatus.CLOSED, statuses.normalise("Completed"));
        assertEquals(ActionStatus.OPEN, statuses.normalise("Not completed"));
        assertEquals(ActionStatus.OTHER, statuses.normalise("Deferred"));
        assertNull(statuses.normalise(" "));
    }
}
