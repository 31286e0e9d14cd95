package org.boardpack.extract.actions;

import org.boardpack.model.actions.ActionStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActionVocabularyTest {

    private final ActionVocabulary words = ActionVocabulary.standard();

    @Test
    void columnHeadingsOfMinutesTables() {
        assertTrue(words.isActionHeading("Action"));
        assertTrue(words.isActionHeading("Action / Decision"));
        assertTrue(words.isActionHeading("By whom"));
        assertTrue(words.isDiscussionHeading("Notes"));
        assertFalse(words.isDiscussionHeading("Action"));
    }

    @Test
    void listHeadingsAndEarlierMeetings() {
        assertTrue(words.isListHeading("Action List"));
        assertTrue(words.isListHeading("Action List from Meeting 14-3-16"));
        assertTrue(words.isListHeading("Actions:"));
        assertFalse(words.isListHeading("Actions taken by the council were noted"));
        assertTrue(words.namesEarlierMeeting("Outstanding actions"));
        assertFalse(words.namesEarlierMeeting("Action List"));
    }

    @Test
    void emptyCellsRolesAndNoteOpeners() {
        assertTrue(words.isNone("None"));
        assertTrue(words.isNone("N/A."));
        assertFalse(words.isNone("Clerk"));
        assertTrue(words.isRole("the Clerk"));
        assertTrue(words.opensNote("Not"));
        assertTrue(words.opensNote("Done"), "a status word");
        assertFalse(words.opensNote("not"), "only a capital marks a note's start");
        assertFalse(words.opensNote("Mentoring"));
    }

    @Test
    void statusesAndLogRoles() {
        assertEquals(ActionStatus.OPEN, words.status("Not yet, wait until"));
        assertEquals(ActionStatus.CLOSED, words.status("Action complete"));
        assertEquals(ActionStatus.OPEN, words.status("Action carried forward"));
        assertNull(words.status("Yes"));
        assertEquals(LogHeader.Role.OWNER, words.logRole("BY WHOM"));
        assertEquals(LogHeader.Role.DUE, words.logRole("By when"));
        assertEquals(LogHeader.Role.REF, words.logRole("No."));
        assertNull(words.logRole("Payee"));
    }
}
