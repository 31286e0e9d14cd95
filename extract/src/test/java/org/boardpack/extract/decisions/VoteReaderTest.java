package org.boardpack.extract.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VoteReaderTest {

    private final VoteReader votes = new VoteReader(DecisionVocabulary.standard());

    @Test
    void aTallyAfterTheOutcome() {
        assertEquals("for 5, against 0, abstain 1", votes.read("Nays: none. Abstained: Board Member Pile. Motion passed 5-0-1."));
        assertEquals("for 7, against 0, abstain 0", votes.read("A vote was taken and the new order was approved 7-0."));
        assertEquals("for 4, against 0, abstain 0", votes.read("Board Member Kanji seconded the motion, which passed with a 4-0 vote."));
        assertEquals("for 6, against 0, abstain 1",
                votes.read("A vote was taken and the motion passed 6-0 with Commissioner Kohlstrand abstaining."));
    }

    @Test
    void labelledCounts() {
        assertEquals("for 4, against 2, abstain 1",
                votes.read("Vote: Yes (4) D. Smith, K. Smith. Abstain: (1) Duhe. No: (2) Moore, Tran. Motion: Passed."));
        assertEquals("for 7, against 0, abstain 0", votes.read("Vote: Yes (7) Duhe, Moore. Abstain: (0). Motion: Passed."));
        assertEquals("for 11, against 0, abstain 1",
                votes.read("11 votes to approve PPL for Verilator Modelling Project 1 abstain None against Motion carried"));
    }

    @Test
    void aCountForAndAgainstInWords() {
        // English minutes: "by N votes to M" is for N, against M, not N votes for alone
        assertEquals("for 4, against 1, abstain 0", votes.read("Carried by 4 votes to 1."));
        assertEquals("for 6, against 3, abstain 2", votes.read("The motion was carried by six votes to three, with 2 abstentions."));
        assertEquals("for 11, against 0, abstain 0", votes.read("11 votes to approve PPL for Verilator Modelling Project"));
        assertEquals("for 6, against 3, abstain 0", votes.read("The Committee voted 6 to 3 to approve the application."));
        assertEquals("for 7, against 0, abstain 0", votes.read("Members voted 7 to 0 in favour of the recommendation."));
        assertNull(votes.read("Children aged 5 to 11 use the play area."));
    }

    @Test
    void aParagraphThatOnlySaysTheDecisionAboveCarried() {
        assertEquals("unanimous", votes.carriedBelow("The motion to refuse was CARRIED unanimously."));
        assertEquals("for 7, against 2, abstain 1", votes.carriedBelow("Carried (For 7, Against 2, Abstain 1)."));
        assertNull(votes.carriedBelow("The amendment was LOST (For 3, Against 6)."), "a lost amendment's count");
        assertNull(votes.carriedBelow("The motion was carried unanimously. The Chair thanked the officers."));
        assertNull(votes.carriedBelow("The Clerk will write to the applicant."));
    }

    @Test
    void wordsAndUnanimity() {
        assertEquals("abstain 2", votes.read("The Constitution was ratified, with two members abstaining."));
        assertEquals("abstain 1", votes.read("With one abstention, Mark Littlewood was duly elected"));
        assertEquals("unanimous", votes.read("Debbie Chay was unanimously elected"));
        // unanimity in the words of vote-labels: a word alone, or "all" before a label that takes it
        assertEquals("unanimous", votes.read("The motion was CARRIED UNANIMOUSLY."));
        assertEquals("unanimous", votes.read("Proposed Cllr Ward, seconded Cllr Hale; all those present in favour."));
        assertEquals("unanimous", votes.read("All Trustees were in favour."));
        assertNull(votes.read("All members were against the scheme."), "against takes no \"all\"");
        assertNull(votes.read("3. 2023-3229 - Staff Communications"));
        assertNull(votes.read("It was RESOLVED to set a precept of £11,400 for the financial year 2012/13."));
    }

    @Test
    void aLineThatIsOnlyACount() {
        assertTrue(votes.readsACount("1 abstain"));
        assertTrue(votes.readsACount("None against"));
        assertFalse(votes.readsACount("Motion carried, status is at PPL"));
    }
    @Test
    void aLineThatIsOnlyADivision() {
        assertEquals("for 7, against 2, abstain 1", votes.division("For 7, Against 2, Abstentions 1"));
        assertEquals("for 6, against 3, abstain 0", votes.division("(Voting: For 6; Against 3)"));
        assertEquals("for 5, against 0, abstain 2", votes.division("For: 5  Against: none  Abstained: 2."));
        // a count in a sentence, or one side alone, is no division line
        assertNull(votes.division("The lease was approved for 10 years, against 2 objections."));
        assertNull(votes.division("For 7"));
        assertNull(votes.division("Against 2, Abstentions 1"));
        // and "for 10 years" in a sentence is no vote
        assertNull(votes.read("The Board approved the lease for 10 years."));
    }

    @Test
    void aDivisionSetOffInsideASentence() {
        assertEquals("for 5, against 2, abstain 1",
                votes.read("On being put to the vote the motion was carried (For 5, Against 2, Abstentions 1)."));
        assertEquals("for 6, against 3, abstain 0", votes.read("The motion was put to the vote and carried: For 6, Against 3."));
        assertNull(votes.read("The grant was for 10 years (for the hall, against the wall)."));
    }

    @Test
    void theSentencesAfterADecisionThatSayHowItWasPut() {
        assertEquals("for 3, against 1, abstain 0",
                votes.following(List.of("Proposed Cllr Lamb, seconded Cllr Green.", "3 in favour, 1 against.")));
        assertEquals("for 4, against 2, abstain 1", votes.following(List.of("4 for, 2 against, 1 abstention.")));
        assertEquals("unanimous", votes.following(List.of("Proposed Cllr Stone, seconded Cllr Fisher, all in favour.")));
        assertEquals("unanimous", votes.following(List.of("All in favour.")));
        // reading stops at a sentence that says anything else: its count is another matter's
        assertNull(votes.following(List.of("The Clerk will obtain quotes.", "3 in favour, 1 against.")));
        assertNull(votes.following(List.of("Proposed Cllr Lamb, seconded Cllr Green.")));
        // a parish clerk's labels: "Proposed: Cllr A  Seconded: Cllr B  All in favour."
        assertTrue(votes.saysHowPut("Proposed: Cllr Bishop Seconded: Cllr Carter All in favour."));
        assertEquals("unanimous", votes.following(List.of("Proposed: Cllr Bishop Seconded: Cllr Carter All in favour.")));
    }
}
