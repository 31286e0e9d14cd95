package org.boardpack.extract.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

class DecisionCuesTest {

    private final DecisionCues cues = new DecisionCues();

    @Test
    void labelsOpenDecisions() {
        DecisionCue agreed = cues.label("Agreed:That a presentation on the inequalities priorities be made").orElseThrow();
        assertEquals(DecisionKind.AGREED, agreed.kind());
        assertEquals("That a presentation on the inequalities priorities be made", agreed.text());
        assertEquals("that the minutes be confirmed.", cues.label("Resolved that the minutes be confirmed.").orElseThrow().text());
        assertEquals(DecisionCue.Form.OPENS, cues.label("RESOLVED").orElseThrow().form());
        assertEquals(DecisionCue.Form.OPENS, cues.label("RESOLVED:-").orElseThrow().form());
        assertEquals(DecisionKind.NOTED, cues.label("NOTED the presentation.").orElseThrow().kind());
        assertTrue(cues.label("RESOLVED unanimously that the plan be adopted").orElseThrow().unanimous());
    }

    @Test
    void wordsThatOnlyLookLikeLabelsDoNot() {
        assertTrue(cues.label("Agreed governance").isEmpty());
        assertTrue(cues.label("Approved Mental Health Professionals were consulted.").isEmpty());
        assertTrue(cues.label("Noted").isEmpty());
    }

    @Test
    void sentencesThatDecideAndThoseThatDoNot() {
        assertEquals(DecisionKind.ENDORSED,
                cues.inSentence("The Health and Wellbeing Board endorsed the refreshed strategy.").orElseThrow().kind());
        assertEquals(DecisionKind.APPROVED, cues.inSentence("The Board ratified the decision of the Chair.").orElseThrow().kind());
        assertEquals("It was agreed that this item was now closing.",
                cues.inSentence("It was agreed that this item was now closing.").orElseThrow().text());
        assertTrue(cues.inSentence("It was noted that some of the data collected was old.").isEmpty());
        assertTrue(cues.inSentence("Members noted the delivery of the previous year's plan.").isEmpty());
        assertTrue(cues.inSentence("A recovery plan has been agreed by the A&E Delivery Board.").isEmpty());
        assertTrue(cues.inSentence("Partnership Board Forward Plan was noted.").isEmpty());
    }
}
