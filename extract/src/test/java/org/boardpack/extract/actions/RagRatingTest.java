package org.boardpack.extract.actions;

import org.boardpack.model.actions.ActionStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class RagRatingTest {

    private final RagRating standard = RagRating.standard();

    @Test
    void coloursRateTheStatusEverySchemeAgreesOn() {
        assertEquals(ActionStatus.OPEN, standard.status("Amber"));
        assertEquals(ActionStatus.OPEN, standard.status("RED"));
        assertEquals(ActionStatus.OPEN, standard.status("Red/Amber"));
        assertEquals(ActionStatus.CLOSED, standard.status("Blue"));
        // green is "complete" in some logs and "on track" in others: without a key, no more than other
        assertEquals(ActionStatus.OTHER, standard.status("Green"));
        assertEquals(ActionStatus.OTHER, standard.status("Amber / Green"));
        assertEquals(ActionStatus.OTHER, standard.status("Green/Blue"), "two ratings that disagree rate nothing sure");
    }

    @Test
    void aCellOfWordsIsNoRating() {
        assertNull(standard.status("Green light given by the committee"));
        assertNull(standard.status("Agreed"));
        assertNull(standard.status(null));
    }

    @Test
    void aPrintedKeyOverridesTheStandardMeaning() {
        RagRating keyed = RagRating.keyed(List.of("Trust Board action log", "RAG key: Green – Complete, Amber – In progress",
                "Red - Overdue", "The green plan was reviewed - see item 4"), ActionVocabulary.standard());
        assertEquals(ActionStatus.CLOSED, keyed.status("Green"));
        assertEquals(ActionStatus.OPEN, keyed.status("Amber"));
        assertEquals(ActionStatus.OPEN, keyed.status("Red"));
    }

    @Test
    void aSentenceNamingAColourIsNoKey() {
        RagRating keyed = RagRating.keyed(List.of("The green plan was complete - see item 4",
                "Action rated Green: complete"), ActionVocabulary.standard());
        assertEquals(ActionStatus.OTHER, keyed.status("Green"));
    }
}
