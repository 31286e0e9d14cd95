package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeadWordsTest {

    private final LeadWords leads = LeadWords.of(List.of("by when", "open/closed", "due", "#"));

    @Test
    void aPhrasesFirstWordAsAWholeWordMayHoldIt() {
        assertTrue(leads.mayHold("action by when"));
        assertTrue(leads.mayHold("status (open/closed)"));
        assertTrue(leads.mayHold("date due"));
    }

    @Test
    void aFirstWordInsideALongerWordHoldsNothing() {
        // "due" inside "overdue" or "dues" is no whole word: the patterns would not match either
        assertFalse(leads.mayHold("overdue items"));
        assertFalse(leads.mayHold("membership dues"));
        assertFalse(leads.mayHold("the board discussed the report"));
        assertFalse(leads.mayHold(""));
    }

    @Test
    void aPhraseLedByAMarkIsFoundByTheMark() {
        assertTrue(leads.mayHold("#"));
        assertTrue(leads.mayHold("item #"));
    }

    @Test
    void everyLogHeadingOfTheVocabularyStillHasItsRole() {
        // the pre-test must never hide a heading the patterns name
        ActionVocabulary words = ActionVocabulary.standard();
        for (String heading : List.of("Owner", "Lead officer", "By whom", "Date due", "By when", "Status", "RAG",
                "Open/Closed", "Progress update", "Ref", "No.", "#", "Date raised", "Agenda item", "Action required")) {
            assertTrue(words.logRole(heading) != null, heading);
        }
        assertTrue(words.logRole("The Board discussed the overdue report") == null);
    }
}
