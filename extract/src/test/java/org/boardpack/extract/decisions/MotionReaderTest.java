package org.boardpack.extract.decisions;

import org.boardpack.model.decisions.DecisionKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MotionReaderTest {

    private final DecisionVocabulary words = DecisionVocabulary.standard();
    private final MotionReader motions = new MotionReader(words, new VoteReader(words));

    private static MotionReader.At at(int paragraph, int sentence) {
        return new MotionReader.At(paragraph, sentence);
    }

    @Test
    void aMotionLabelledAndCarriedIsTheDecision() {
        List<List<String>> item = List.of(List.of(
                "Motion: Vice Chair Tran entertained a motion to approve the May and June meeting minutes.",
                "Moved by: Commissioner K. Smith.", "Second by: Commissioner Watkins.",
                "Vote: Yes (7) Duhe, Moore, D. Smith, K. Smith, Torres, Tran, Watkins.", "Abstain: (0).", "Motion: Passed."));
        MotionReader.Carried c = motions.read(item, at(0, 0)).orElseThrow();
        assertEquals("Vice Chair Tran entertained a motion to approve the May and June meeting minutes.", c.text());
        assertEquals(DecisionKind.APPROVED, c.kind());
        assertEquals("for 7, against 0, abstain 0", c.vote());
        assertEquals(at(0, 5), c.end());
    }

    @Test
    void theKindGoesByTheVerbMoved() {
        List<List<String>> item = List.of(List.of("Board Member Amarasiriwardena moved to accept the Consent Calendar.",
                "Board Member Kanji seconded the motion, which passed with a 4-0 vote."));
        MotionReader.Carried c = motions.read(item, at(0, 0)).orElseThrow();
        assertEquals(DecisionKind.AGREED, c.kind());
        assertEquals("for 4, against 0, abstain 0", c.vote());
        List<List<String>> endorse = List.of(List.of("Commissioner Weitze made a motion to endorse the plan."),
                List.of("Commissioner Kohlstrand seconded the motion.", "A vote was taken and the motion passed 7-0."));
        assertEquals(DecisionKind.ENDORSED, motions.read(endorse, at(0, 0)).orElseThrow().kind());
    }

    @Test
    void aMotionMovedThatSomethingBeDoneAndCarried() {
        List<List<String>> item = List.of(List.of(
                "Cllr Smith moved that the revised standing orders be adopted; this was seconded by Cllr Jones and carried."));
        MotionReader.Carried c = motions.read(item, at(0, 0)).orElseThrow();
        assertEquals(DecisionKind.APPROVED, c.kind());
        assertEquals("Cllr Smith moved that the revised standing orders be adopted; this was seconded by Cllr Jones and carried.",
                c.text());
    }

    @Test
    void aProposalThatSomethingBeDoneThatAllAgreedIsTheDecision() {
        // as parish minutes record it: the proposer before "that", the seconder after, "all agreed"
        List<List<String>> item = List.of(List.of(
                "Cllr Lee proposed that the quotation from Greenways be approved, seconded by Cllr Price; all agreed."));
        MotionReader.Carried c = motions.read(item, at(0, 0)).orElseThrow();
        assertEquals(DecisionKind.APPROVED, c.kind());
        List<List<String>> next = List.of(List.of("Cllr Lee proposed that the quotation be approved, seconded by Cllr Price.",
                "All agreed."));
        assertEquals(DecisionKind.APPROVED, motions.read(next, at(0, 0)).orElseThrow().kind());
        // without an outcome the proposal is no decision
        assertTrue(motions.read(List.of(List.of("Cllr Lee proposed that the quotation be accepted.",
                "Cllr Brown asked about the cost.")), at(0, 0)).isEmpty());
    }

    @Test
    void aMotionNotCarriedIsNoDecision() {
        assertTrue(motions.read(List.of(List.of("Chair Soules made a motion to endorse this proposal.",
                "Commissioner Kohlstrand seconded the motion.", "No vote was taken on this motion.")), at(0, 0)).isEmpty());
        assertTrue(motions.read(List.of(List.of("A motion to approve the request was made by Cllr A.",
                "Motion failed 2-3.")), at(0, 0)).isEmpty());
        // the next motion comes before any outcome of the first
        assertTrue(motions.read(List.of(List.of("X made a motion to approve the plan.",
                "Y made a motion to approve the amended plan.", "Motion passed 5-0.")), at(0, 0)).isEmpty());
    }

    @Test
    void rollCallResultsEachADecisionWithTheirCounts() {
        List<List<String>> item = List.of(List.of("12 votes to approve PL Gate for CV32E40S project", "0 abstain", "0 against",
                "12 votes to approve PL Gate for CV32E40X project", "0 abstain", "0 against",
                "Motions carried, status of CV32E40S and CV32E40X are both at PL"));
        MotionReader.Carried first = motions.read(item, at(0, 0)).orElseThrow();
        assertEquals("12 votes to approve PL Gate for CV32E40S project", first.text());
        assertEquals("for 12, against 0, abstain 0", first.vote());
        assertEquals(at(0, 2), first.end());
        assertEquals("12 votes to approve PL Gate for CV32E40X project", motions.read(item, at(0, 3)).orElseThrow().text());
    }

    @Test
    void anEnglishProposalCarriedIsTheDecisionByTheVerbItProposes() {
        List<List<String>> item = List.of(List.of(
                "Proposed by Cllr Smith, seconded by Cllr Jones, that the precept be set at £30,000.",
                "Carried."));
        assertTrue(motions.isMotion(item.get(0).get(0)));
        MotionReader.Carried c = motions.read(item, at(0, 0)).orElseThrow();
        assertEquals("Proposed by Cllr Smith, seconded by Cllr Jones, that the precept be set at £30,000.", c.text());
        assertEquals(DecisionKind.OTHER, c.kind());
        assertEquals(at(0, 1), c.end());
        List<List<String>> approved = List.of(List.of(
                "Cllr Brown proposed, and Cllr Green seconded, that the accounts be approved.",
                "On being put to the vote the motion was carried (For 5, Against 2, Abstentions 1)."));
        MotionReader.Carried a = motions.read(approved, at(0, 0)).orElseThrow();
        assertEquals(DecisionKind.APPROVED, a.kind());
        assertEquals("for 5, against 2, abstain 1", a.vote());
        List<List<String>> lost = List.of(List.of(
                "Proposed by Cllr Smith, seconded by Cllr Jones, that the hall be sold.", "The motion was lost."));
        assertTrue(motions.read(lost, at(0, 0)).isEmpty());
        // no outcome printed: a motion before the vote, no decision
        assertTrue(motions.read(List.of(List.of("Proposed by Cllr Smith, seconded by Cllr Jones, that the hall be sold.")),
                at(0, 0)).isEmpty());
    }

    @Test
    void aProposalThatSaysItsOwnOutcomeIsNoMotionWaitingForOne() {
        assertTrue(!motions.isMotion("It was proposed by Cllr A, seconded by Cllr B and RESOLVED that the grant be paid."));
        assertTrue(!motions.isMotion("Proposed by Cllr O’Leary, seconded by Cllr Coppard."));
    }

    @Test
    void anEnglishProposalsOutcomeFollowsItClosely() {
        List<List<String>> item = List.of(List.of(
                "Proposed by Cllr Smith, seconded by Cllr Jones, that the hall be let to the club.",
                "Cllr Brown asked about the rent.", "The Clerk explained the terms.",
                "The annual report was approved."));
        assertTrue(motions.read(item, at(0, 0)).isEmpty());
    }
}
