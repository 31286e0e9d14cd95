package org.boardpack.extract.decisions;

import org.boardpack.model.decisions.DecisionKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionCuesTest {

    private final DecisionCues cues = new DecisionCues();

    private DecisionCue said(String sentence) {
        return cues.inSentence(sentence).orElseThrow(() -> new AssertionError("no decision in: " + sentence));
    }

    private void notSaid(String sentence) {
        assertTrue(cues.inSentence(sentence).isEmpty(), "read as a decision: " + sentence);
    }

    @Test
    void labelsOpenDecisions() {
        DecisionCue agreed = cues.label("Agreed:That a presentation on the inequalities priorities be made").orElseThrow();
        assertEquals(DecisionKind.AGREED, agreed.kind());
        assertEquals("That a presentation on the inequalities priorities be made", agreed.text());
        assertEquals("that the minutes be confirmed.", cues.label("Resolved that the minutes be confirmed.").orElseThrow().text());
        assertEquals(DecisionCue.Form.OPENS, cues.label("RESOLVED").orElseThrow().form());
        assertEquals(DecisionCue.Form.OPENS, cues.label("RESOLVED:-").orElseThrow().form());
        assertEquals(DecisionCue.Form.OPENS, cues.label("DECISION:").orElseThrow().form());
        assertEquals(DecisionKind.NOTED, cues.label("NOTED the presentation.").orElseThrow().kind());
        assertTrue(cues.label("RESOLVED unanimously that the plan be adopted").orElseThrow().unanimous());
        // a stem alone ("RESOLVED – That" over "(1) the strategy be noted;") opens the entries below it
        assertEquals(DecisionCue.Form.OPENS, cues.label("RESOLVED – That").orElseThrow().form());
        assertEquals(DecisionCue.Form.OPENS, cues.label("RESOLVED that:").orElseThrow().form());
    }

    @Test
    void aRecommendationLabelIsAnOutcomeOfItsOwn() {
        DecisionCue recommended = cues.label("RECOMMENDED to Council that the Capital Strategy be adopted.").orElseThrow();
        assertEquals(DecisionKind.OTHER, recommended.kind());
        assertEquals("to Council that the Capital Strategy be adopted.", recommended.text());
        // in a sentence, a recommendation is advice to another body
        notSaid("Committee recommended that funding for this service is considered alongside the strategy.");
        notSaid("The auditors recommended that the policy be reviewed.");
    }

    @Test
    void aBareOutcomeStandsAloneToCloseWhatIsAboveIt() {
        assertEquals(DecisionCue.Form.ALONE, cues.label("AGREED.").orElseThrow().form());
        DecisionCue approved = cues.label("Approved (Commissioner Brillinger abstained)").orElseThrow();
        assertEquals(DecisionCue.Form.ALONE, approved.form());
        assertEquals(DecisionKind.APPROVED, approved.kind());
        assertTrue(cues.label("Rejected.").orElseThrow().refusal());
    }

    @Test
    void wordsThatOnlyLookLikeLabelsDoNot() {
        assertTrue(cues.label("Agreed governance").isEmpty());
        assertTrue(cues.label("Approved Mental Health Professionals were consulted.").isEmpty());
        assertTrue(cues.label("Noted").isEmpty());
        assertTrue(cues.label("Noted that the footpath had been cleared.").isEmpty());
        assertTrue(cues.label("APPROVED MINUTES").isEmpty());
        notSaid("Approved Mental Health Professionals were consulted.");
        notSaid("Noted that the footpath had been cleared.");
    }

    @Test
    void itWasAgreedAnywhereInTheSentenceKeepsTheWholeSentence() {
        DecisionCue c = said("After discussion it was agreed that the bins be replaced.");
        assertEquals(DecisionKind.AGREED, c.kind());
        assertEquals("After discussion it was agreed that the bins be replaced.", c.text());
        assertEquals("It was agreed not to purchase the picnic benches.", said("It was agreed not to purchase the picnic benches.").text());
    }

    @Test
    void aResolutionInsideASentenceKeepsTheWholeSentence() {
        DecisionCue c = said("The chairman proposed and it was RESOLVED to suspend standing order 29J.");
        assertEquals(DecisionKind.RESOLVED, c.kind());
        assertEquals("The chairman proposed and it was RESOLVED to suspend standing order 29J.", c.text());
        assertEquals("Members RESOLVED to make a donation of £25 to the Royal British Legion.",
                said("Members RESOLVED to make a donation of £25 to the Royal British Legion.").text());
        assertEquals("Committee resolved to note the apologies.", said("Committee resolved to note the apologies.").text());
    }

    @Test
    void theMeetingOrItsMembersAsSubject() {
        assertEquals(DecisionKind.AGREED, said("Councillors agreed to support the bid.").kind());
        assertEquals(DecisionKind.AGREED, said("Governors agreed the revised policy.").kind());
        assertEquals(DecisionKind.APPROVED, said("The Committee approved the grant.").kind());
        assertEquals(DecisionKind.AGREED, said("Cate suggested fortnightly meetings; the committee agrees.").kind());
        assertEquals(DecisionKind.RESOLVED, said("The council considered the objections and RESOLVED to continue its support.").kind());
        assertEquals(DecisionKind.ENDORSED, said("The Health and Wellbeing Board endorsed the refreshed strategy.").kind());
        assertEquals(DecisionKind.APPROVED, said("Members authorised the chairman to sign.").kind());
        assertEquals(DecisionKind.OTHER, said("The committee decided that a banner should be bought.").kind());
    }

    @Test
    void passivesSaidOfTheMeeting() {
        assertEquals(DecisionKind.APPROVED, said("The minutes of the meeting held on 5 May were confirmed as a true record and "
                + "signed by the Chairman.").kind());
        assertEquals(DecisionKind.APPROVED, said("The strategy was adopted by the Board.").kind());
        assertEquals(DecisionKind.APPROVED, said("Five payments were approved: see attached list.").kind());
        assertEquals(DecisionKind.AGREED, said("The minutes were agreed and signed.").kind());
        assertEquals(DecisionKind.AGREED, said("Members were in agreement that the hedge be cut.").kind());
        assertEquals(DecisionKind.APPROVED, said("The Constitution was ratified, with two members abstaining.").kind());
        assertEquals(DecisionKind.OTHER, said("Braden was elected Chair.").kind());
        assertEquals(DecisionKind.RESOLVED, said("Support for this was resolved by the Council.").kind());
    }

    @Test
    void afterAProposalAndClippedLabels() {
        assertEquals(DecisionKind.AGREED, said("Proposed Cllr Hunt, seconded Cllr Blake and agreed that the precept be set at £9,900.").kind());
        assertEquals(DecisionKind.RESOLVED,
                said("It was proposed by Cllr Lester and seconded by Cllr Blake and RESOLVED that the budget be approved.").kind());
        assertEquals(DecisionKind.AGREED, said("Accepted as a true record.").kind());
        assertEquals(DecisionKind.AGREED, said("Agreed that Cllr Hunt would obtain estimates.").kind());
        assertEquals(DecisionKind.OTHER, said("Decided not to proceed with this proposal.").kind());
        assertEquals(DecisionKind.APPROVED, said("Accounts presented, and duly Adopted").kind());
        assertEquals(DecisionKind.AGREED, said("Unanimously agreed that the hedge be cut.").kind());
        assertEquals(DecisionCue.Form.OPENS, cues.label("DECISIONS:").orElseThrow().form());
    }

    @Test
    void theMeetingVotingToDoSomething() {
        DecisionCue c = said("The Committee voted unanimously to approve the plan.");
        assertEquals(DecisionKind.APPROVED, c.kind());
        assertTrue(c.unanimous());
        assertEquals(DecisionKind.AGREED, said("Members voted 5-2 to accept the report.").kind());
        assertEquals(DecisionKind.APPROVED, said("The Committee voted 6 to 3 to approve the application.").kind());
        notSaid("Cllr Jones voted to approve the plan.");
    }

    @Test
    void anOutcomeClosingALine() {
        assertEquals("Attendance Policy - agreed", said("Attendance Policy - agreed").text());
        String minutes = "Minutes from the December 16, 2020 Commission Meeting Approved";
        assertEquals(minutes, cues.inSentence(minutes, List.of("Minutes from the December 16, 2020 Commission Meeting",
                "Approved"), null).orElseThrow().text());
        // a title that ends in the word, on one line, decides nothing
        assertTrue(cues.inSentence("Project Launch Approved", List.of("Project Launch Approved"), null).isEmpty());
        notSaid("PA = Plan Approved (formerly Project Plan Approved, PPA)");
    }

    @Test
    void narrativeNotingAndOnePersonAgreeingAreNotDecisions() {
        notSaid("The Board noted the report.");
        notSaid("Members noted the delivery of the previous year's plan.");
        notSaid("It was noted that some of the data collected was old.");
        notSaid("Partnership Board Forward Plan was noted.");
        notSaid("The clerk agreed to write to the resident.");
        notSaid("Heather agreed to do this.");
        notSaid("Both Nominees accepted their nominations.");
        // a recommendation's wording, without the label that would make it a resolution
        notSaid("That the Town Council approves a contribution of £100,000 towards the cost of the event.");
    }

    @Test
    void agreementsReportedToComeOrByOthersAreNotDecisions() {
        notSaid("The council had agreed to remove this.");
        notSaid("A recovery plan has been agreed by the A&E Delivery Board.");
        notSaid("The plan will be agreed at the next meeting.");
        notSaid("Comments were submitted as agreed at the last meeting.");
        notSaid("The budget can only be agreed in principle.");
        notSaid("A further allocation of £2,500 was approved at the January Amenities Committee meeting.");
        notSaid("An agreed set of quick wins was approved on 20th February.");
        notSaid("The scheme was approved by the Planning and Highways Committee.");
        notSaid("The Chairman pointed out that the point of contact was agreed as himself.");
        notSaid("Simon suggested that governors be involved before it was adopted.");
        notSaid("After Checkin was approved for the CQ, this was merged.");
        notSaid("The appeal against refusal for an expansion of activity was refused.");
        notSaid("The finish time for extraction was confirmed as mid November.");
    }

    @Test
    void deferralsAndApologiesAreNotDecisions() {
        notSaid("The chairman proposed, and it was accepted that agenda item 7 be held over.");
        notSaid("It was agreed that this would be reviewed later.");
        notSaid("Trustees discussed the draft strategy and agreed that it should come back to the December meeting.");
        notSaid("Apologies were accepted from Cllr Jones.");
        // a formal resolution to defer is a resolution
        assertEquals(DecisionKind.RESOLVED, said("Committee resolved to defer the proposal.").kind());
    }

    @Test
    void anotherNamedBodyIsNotTheMeeting() {
        String sentence = "In 2018 the City Council adopted the 2018 homelessness strategic plan.";
        assertTrue(cues.inSentence(sentence, List.of(), "Commission on Persons with Disabilities").isEmpty());
        assertTrue(cues.inSentence(sentence, List.of(), "Oakland City Council").isPresent());
        assertTrue(cues.inSentence("The Hertingfordbury Parish Council agreed to write.", List.of(),
                "Hertingfordbury Parish Council").isPresent());
    }

    @Test
    void aUnanimousVotesNoteIsADecisionByItsNoun() {
        DecisionCue adopted = said("Unanimous adoption of previous minutes");
        assertEquals(DecisionKind.APPROVED, adopted.kind());
        assertEquals("Unanimous adoption of previous minutes", adopted.text());
        assertTrue(adopted.unanimous());
        assertEquals(DecisionKind.AGREED, said("Unanimous agreement to hold the social in May").kind());
        // the noun phrase alone is an item's title, not a decision
        notSaid("Approval of the minutes of the last meeting");
        notSaid("Adoption of the annual accounts");
    }

    @Test
    void aSentenceSetBeforeThisMeetingReportsHistory() {
        notSaid("The original application was for £3,290 and £600 was approved to start the project.");
        notSaid("Previously the Board approved a grant of £500.");
        assertEquals(DecisionKind.APPROVED, said("A grant of £600 was approved to start the project.").kind());
    }

    @Test
    void minutesSignedAsARecordAreApprovedWhoeverSigns() {
        DecisionCue c = said("The minutes of the meeting held on 5 May were signed by the Chairman as a correct record.");
        assertEquals(DecisionKind.APPROVED, c.kind());
        assertEquals(DecisionKind.APPROVED, said("The minutes being read, and no dissent, Mr. Secretary duly signed a copy of "
                + "the Minutes as an accurate record of the previous Annual General Meeting.").kind());
        assertEquals(DecisionKind.AGREED, said("The minutes were agreed and signed as a true record.").kind());
        notSaid("The minutes will be signed as a correct record at the next meeting.");
        notSaid("Relevant paperwork was signed.");
        notSaid("The lease was signed as a true record of the agreement.");
    }

    @Test
    void aGoverningBodyIsTheMeeting() {
        assertEquals(DecisionKind.APPROVED, said("The Governing Body approved the SEF.").kind());
    }

    @Test
    void aPanelDeterminingDecidesOnlyAsTheMeetingOrImpersonally() {
        // licensing sub-committees and appeal panels "determine" an application
        assertEquals(DecisionKind.OTHER, said("The Sub-Committee determined to grant the licence subject to the conditions.").kind());
        assertEquals(DecisionKind.OTHER, said("It was determined that the licence be revoked.").kind());
        notSaid("The Chair was determined to ensure that every party was heard.");
        notSaid("Applications determined under delegated powers are listed in the appendix.");
    }
}
