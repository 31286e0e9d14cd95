package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.boardpack.ingest.tables.TableFinder;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.junit.jupiter.api.Test;

class TextDeadlineTest {

    private final TextDeadline deadlines = new TextDeadline(ActionVocabulary.standard());

    private Optional<TextDeadline.Found> in(String text, String meeting) {
        return deadlines.in(text, meeting);
    }

    private static Optional<TextDeadline.Found> found(String due, String text) {
        return Optional.of(new TextDeadline.Found(due, text));
    }

    @Test
    void aDateAfterACueWord() {
        assertEquals(found("2023-03-31", "31 March 2023"),
                in("The Head of Planning to circulate the letters to Members by 31 March 2023.", "2023-03-14"));
        assertEquals(found("2023-02-28", "28 February 2023"),
                in("FG to update the BAF with the new risk scores by 28 February 2023.", "2023-02-02"));
        assertEquals(found("2021-04-30", "30/04/2021"), in("Report to the board no later than 30/04/2021", "2021-03-22"));
    }

    @Test
    void aYearlessDateFallsOnOrAfterTheMeeting() {
        assertEquals(found("2021-03-30", "March 30"), in("MCU - PR progress meeting to be held on March 30", "2021-03-22"),
                "a day after the month, not the year 2030");
        assertEquals(found("2024-02-28", "28 February"), in("Clerk to renew the insurance by 28 February.", "2023-03-14"),
                "a day already past at the meeting is next year's");
        assertEquals(found("2023-04", "the end of April"), in("JB to draft the plan by the end of April.", "2023-02-02"));
    }

    @Test
    void deadlineWordsAreKeptAsPrintedWithoutADate() {
        assertEquals(found(null, "the next meeting"), in("Clerk to circulate the policy before the next meeting.", "2023-02-02"));
        assertEquals(found(null, "next meeting"), in("Report back by next meeting", "2023-02-02"));
    }

    @Test
    void noDeadlineWhereTheCueIsFollowedByNoDate() {
        assertEquals(Optional.empty(), in("The report presented by the Chair was noted.", "2023-02-02"));
        assertEquals(Optional.empty(), in("The Board requested a deep dive at the March meeting.", "2023-02-02"));
        assertEquals(Optional.empty(), in("Costs rose by 20 per cent.", "2023-02-02"));
        assertEquals(Optional.empty(), in(null, "2023-02-02"));
    }

    @Test
    void minutesActionsTakeTheDeadlineOfTheirTextUnlessTheyHaveOne() {
        MinutesActionRecords records = new MinutesActionRecords(new MinutesActionExtractor(TableFinder.standard()));
        Action plain = new Action(ActionSource.MINUTES, "m", null, "5", "FG to update the BAF by 28 February 2023.", "FG",
                null, "2023-02-02", null, null, null, null, 1);
        Action got = records.withDeadline(plain);
        assertEquals("2023-02-28", got.due());
        assertEquals("28 February 2023", got.dueText());
        assertEquals(plain.description(), got.description(), "the description stays as printed");
        Action dated = new Action(ActionSource.MINUTES, "m", null, "5", "Report by 28 February 2023.", "FG",
                null, "2023-02-02", "2023-03", null, null, null, 1, "March");
        assertEquals(dated, records.withDeadline(dated), "a deadline of its own column stands");
    }
}
