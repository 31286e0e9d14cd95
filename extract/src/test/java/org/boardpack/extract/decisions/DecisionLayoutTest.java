package org.boardpack.extract.decisions;

import org.boardpack.model.decisions.Decision;
import org.boardpack.model.decisions.DecisionKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.fixtures.RuledTable;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.extract.minutes.MinutesWalker;
import org.boardpack.extract.minutes.ParagraphSplitter;
import org.boardpack.extract.text.LineJoiner;
import org.boardpack.extract.text.SentenceSplitter;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.DetectedTable;
import org.boardpack.ingest.tables.TableFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decisions read from the layouts of real minutes, drawn small: what the lines, breaks and grids say. */
class DecisionLayoutTest {

    private static final String MEETING = "m/2020-11-11";
    /** A line of prose long enough to reach the right margin, so that shorter lines read as short. */
    private static final String FULL = "The clerk presented the report on the works carried out on the footpaths and greens.";

    private final MinutesWalker walker = new MinutesWalker(CellSplitter.standard(), new PageFurniture());
    private final DecisionExtractor extractor =
            new DecisionExtractor(new ParagraphSplitter(new LineJoiner()), SentenceSplitter.english());

    @TempDir
    Path tmp;

    private List<Decision> extract(PdfFixture f) throws Exception {
        ParsedDocument doc = f.ingest(tmp, "minutes.pdf");
        DocumentSpan span = new DocumentSpan(DocumentType.MINUTES, null, 1, doc.pageCount());
        TableFinder finder = TableFinder.standard();
        List<List<DetectedTable>> perPage = finder.perPage(doc);
        return extractor.extract(doc, span, walker.walk(doc, span), MEETING, null, finder.join(perPage, doc.pages()), perPage);
    }

    private static Decision d(String item, String ref, DecisionKind kind, String text, String vote) {
        return new Decision(MEETING, item, ref, kind, text, vote, 1);
    }

    /** A decision read by what is printed around it. */
    private static Decision d(String item, String ref, DecisionKind kind, String text, String vote, String context) {
        return new Decision(MEETING, item, ref, kind, text, vote, 1, context);
    }

    @Test
    void minutesWithoutNumberedItemsAreReadLineByLine() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(72, 100, "Approval of Minutes")
                .text(72, 130, "Minutes from the December 16, 2020 Commission Meeting")
                .text(72, 143, "Approved");
        assertEquals(List.of(d(null, null, DecisionKind.APPROVED,
                "Minutes from the December 16, 2020 Commission Meeting Approved", null)), extract(f));
    }

    @Test
    void aLineEndingShortEndsWhatItSays() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(72, 100, FULL)
                .text(72, 113, "11 votes to approve the PPL gate for the modelling project")
                .text(72, 126, "1 abstain")
                .text(72, 139, "None against")
                .text(72, 152, "Motion carried, status is at PPL");
        assertEquals(List.of(d(null, null, DecisionKind.APPROVED, "11 votes to approve the PPL gate for the modelling project",
                "for 11, against 0, abstain 1", "1 abstain None against Motion carried, status is at PPL")), extract(f));
    }

    @Test
    void aFullStopRunIntoTheNextSentenceEndsIt() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(72, 100, "Andrew McKenzie was appointed as Finance Lead.(Andrew will take over the consultation role.)");
        assertEquals(List.of(d(null, null, DecisionKind.OTHER, "Andrew McKenzie was appointed as Finance Lead.", null)),
                extract(f));
    }

    @Test
    void itemNumbersRunningOnFromEarlierMeetingsAreMinuteNumbers() throws Exception {
        PdfFixture minutes = new PdfFixture()
                .bold(60, 100, "136").bold(100, 100, "MINUTES OF THE PREVIOUS MEETING")
                .text(100, 120, "The minutes of the meeting held on 13th August were confirmed as a true record.");
        assertEquals("136", extract(minutes).getFirst().minuteRef());
        PdfFixture agendaNumbers = new PdfFixture()
                .bold(60, 100, "1").bold(100, 100, "Minutes of the previous meeting")
                .text(100, 120, "The minutes of the meeting held on 13th August were confirmed as a true record.");
        assertEquals(null, extract(agendaNumbers).getFirst().minuteRef());
    }

    @Test
    void aParagraphsPrintedNumberIsItsReferenceAndNamesItsItem() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(72, 100, "66. REMEMBRANCE SERVICE")
                .text(72, 120, "66.1. Cllr Edwards agreed to contact the school regarding the hall.")
                .text(72, 133, "66.2. Members RESOLVED to make a donation of £25 to the Royal British Legion.");
        assertEquals(List.of(d("66", "66.2", DecisionKind.RESOLVED,
                "Members RESOLVED to make a donation of £25 to the Royal British Legion.", null)), extract(f));
    }

    @Test
    void aParagraphLetteredUnderANumberedMinuteExtendsItsReference() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(72, 100, "55. FINANCE")
                .text(72, 120, "55.5. Internet banking.")
                .text(90, 136, "a. Members RESOLVED to permit the use of internet payments.")
                .text(90, 152, "b. The clerk was asked to discuss the signatories with the bank.");
        assertEquals(List.of("55.5.a"), extract(f).stream().map(Decision::minuteRef).toList());
        PdfFixture entries = new PdfFixture()
                .text(72, 100, "59. GARDENS")
                .text(72, 120, "Committee resolved to:")
                .text(90, 136, "i) Approve the outlined proposals in section 4 of the report")
                .text(90, 152, "ii) Note the details of the planting improvements");
        assertEquals(List.of("59", "59"), extract(entries).stream().map(Decision::minuteRef).toList(),
                "the entries of one resolution are numbered within it: a minute number alone is not extended");
    }

    @Test
    void aBlockUnderAResolvedLabelRunsToItsFullStop() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(60, 100, "5").bold(100, 100, "Directorships")
                .text(100, 120, FULL).text(100, 133, FULL).text(100, 146, FULL).text(100, 159, FULL)
                .text(100, 185, "RESOLVED:-")
                .text(100, 210, "Recognised structure in place")
                .text(100, 235, "List of directors of all boards.")
                .text(100, 260, "The next meeting will consider the register.");
        assertEquals(List.of(d("5", "5", DecisionKind.RESOLVED,
                "Recognised structure in place List of directors of all boards.", null, "RESOLVED")), extract(f));
    }

    @Test
    void aResolutionKeepsTheListItIntroduces() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(72, 100, FULL)
                .text(72, 113, "It was RESOLVED to adopt a budget as follows:")
                .text(72, 126, "Income £16,127")
                .text(72, 139, "Expenditure £18,688")
                .text(72, 170, "The precept was discussed at length by members.");
        assertEquals(List.of(d(null, null, DecisionKind.RESOLVED,
                "It was RESOLVED to adopt a budget as follows: Income £16,127 Expenditure £18,688", null)), extract(f));
    }

    @Test
    void aResolutionKeepsItsListSetApartBelowIt() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(72, 100, FULL).text(72, 113, FULL).text(72, 126, FULL).text(72, 139, FULL)
                .text(72, 152, "It was RESOLVED to adjust reserves as follows:")
                .text(72, 170, "War Memorial £8122 unchanged")
                .text(72, 183, "Insurance £5000 (will move to £6000 in April 2012)")
                .text(72, 210, "The clerk presented the report on the works carried out on the footpaths and greens in the")
                .text(72, 223, "parish over the autumn and the winter, and the costs were reviewed by members.");
        assertEquals(List.of(d(null, null, DecisionKind.RESOLVED, "It was RESOLVED to adjust reserves as follows: War Memorial £8122 "
                + "unchanged Insurance £5000 (will move to £6000 in April 2012)", null)), extract(f));
    }

    @Test
    void resolvedToAboveNumberedEntriesIsOneResolutionEach() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(60, 100, "59").bold(100, 100, "Planting")
                .text(100, 120, "Committee resolved to:")
                .text(108, 135, "i) Approve the outlined proposals in section 4 of the report.")
                .text(108, 150, "ii) Note the details of the traffic island planting.");
        assertEquals(List.of(
                d("59", "59", DecisionKind.RESOLVED, "Approve the outlined proposals in section 4 of the report.", null,
                        "Committee resolved to"),
                d("59", "59", DecisionKind.RESOLVED, "Note the details of the traffic island planting.", null,
                        "Committee resolved to")), extract(f));
    }

    @Test
    void aBareOutcomeClosesTheSentenceItFollows() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(60, 100, "72").bold(100, 100, "Governance")
                .text(100, 120, "d. Committee meeting dates for Academic Year 2022-2023. Agreed")
                .text(100, 133, "Dave Lee had provided a report and the outline of it is below.")
                .text(100, 160, "The terms of reference of the committee were reviewed.")
                .text(100, 185, "AGREED.");
        assertEquals(List.of(
                d("72", "72", DecisionKind.AGREED, "Committee meeting dates for Academic Year 2022-2023. Agreed", null),
                d("72", "72", DecisionKind.AGREED, "The terms of reference of the committee were reviewed. AGREED.", null)),
                extract(f));
    }

    @Test
    void whatADecisionPointsBackToOrStandsUnderIsItsContext() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(60, 100, "67").bold(100, 100, "To agree the minutes of the last meeting")
                .text(100, 120, "Agreed and signed")
                .bold(60, 150, "72").bold(100, 150, "Questionnaires")
                .text(100, 170, "Heather suggested that the Ofsted questionnaires be used for parents and staff.")
                .text(100, 183, "This was agreed as a useful way ahead.");
        assertEquals(List.of(
                d("67", "67", DecisionKind.AGREED, "Agreed and signed", null, "To agree the minutes of the last meeting"),
                d("72", "72", DecisionKind.AGREED, "This was agreed as a useful way ahead.", null,
                        "Heather suggested that the Ofsted questionnaires be used for parents and staff.")), extract(f));
    }

    @Test
    void electionsListedUnderTheirStemAreOneDecisionEach() throws Exception {
        String stem = "Voting for candidates individually; the following candidates were elected";
        PdfFixture f = new PdfFixture()
                .text(72, 100, stem + ":")
                .text(72, 113, "• Ordinary Members: Mark Dziecielewski & James Cronin (both nem. con.)")
                .text(72, 126, "• Chair: Simon Davies: unanimously");
        assertEquals(List.of(
                d(null, null, DecisionKind.OTHER, "Ordinary Members: Mark Dziecielewski & James Cronin (both nem. con.)", null,
                        stem),
                d(null, null, DecisionKind.OTHER, "Chair: Simon Davies: unanimously", "unanimous", stem)), extract(f));
    }

    @Test
    void aListWhoseEntriesCarryTheirOutcomesIsRecordedEntryByEntry() throws Exception {
        String stem = "The following policies were approved and are recommended to the FGB";
        PdfFixture f = new PdfFixture()
                .bold(60, 100, "65").bold(100, 100, "Policies")
                .text(100, 120, "The following policies were approved and are recommended to the FGB:")
                .text(108, 135, "a. Attendance Policy - agreed")
                .text(108, 150, "b. Charging and Remissions Policy - agreed");
        assertEquals(List.of(
                d("65", "65", DecisionKind.AGREED, "Attendance Policy - agreed", null, stem),
                d("65", "65", DecisionKind.AGREED, "Charging and Remissions Policy - agreed", null, stem)), extract(f));
    }

    @Test
    void aDecisionGridIsReadByItsCellsAndItsLinesNotAsProse() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(60, 100, "6").bold(100, 100, "Community Grant Applications")
                .text(100, 120, "Committee considered the following applications:");
        new RuledTable(60, 150, 200, 150)
                .row("**Organisation", "**Project Summary", "**Recommendation")
                .row("Friends of Rectory Park", "Funding to improve\nthe memorial site.", "Approved.")
                .row("Boldmere FC", "Funding to update\nthe floodlights.", "Rejected. Does not meet\nthe criteria.")
                .draw(f, 140);
        List<Decision> got = extract(f);
        assertEquals(List.of(
                new Decision(MEETING, "6", "6", DecisionKind.APPROVED, "Approved.", null, 1, "Friends of Rectory Park"),
                new Decision(MEETING, "6", "6", DecisionKind.OTHER, "Rejected.", null, 1, "Boldmere FC")), got);
    }

    @Test
    void aResolutionsListSetAsATableEndsWithTheTable() throws Exception {
        // a parish council's payments: the sentence below the table is not one of the resolution's entries
        PdfFixture f = new PdfFixture()
                .text(72, 100, FULL)
                .text(72, 113, "It was RESOLVED to approve the following payments:");
        float bottom = new RuledTable(72, 120, 160, 80)
                .row("**Payee", "**Details", "**Amount")
                .row("S Burton", "Clerk salary July", "£612.40")
                .row("HMRC", "PAYE", "£88.20")
                .draw(f, 125);
        f.text(72, bottom + 16, "The bank reconciliation for June was checked and signed by Cllr Walsh.");
        List<Decision> got = extract(f);
        assertEquals(1, got.size());
        assertTrue(got.getFirst().text().startsWith("It was RESOLVED to approve the following payments"), got.getFirst().text());
        assertFalse(got.getFirst().text().contains("reconciliation"), got.getFirst().text());
    }

    @Test
    void aPageOfOneLineParagraphsKeepsThePapersLeading() throws Exception {
        // Word/LibreOffice minutes with space after each paragraph: on a page where a line wraps but once,
        // the spacing between paragraphs is not the leading, and the resolution ends at its paragraph's end
        PdfFixture f = new PdfFixture();
        for (int i = 0; i < 4; i++) {
            f.text(72, 100 + i * 39, FULL).text(72, 113 + i * 39, "and the costs were reviewed.");
        }
        f.newPage()
                .text(72, 100, FULL)
                .text(72, 126, FULL).text(72, 139, "and the costs were reviewed.")
                .text(72, 165, FULL)
                .text(72, 191, "RESOLVED that the report be noted.")
                .text(72, 217, "The Chair thanked the officers for their work.");
        List<Decision> got = extract(f);
        assertEquals(List.of("that the report be noted."), got.stream().map(Decision::text).toList());
    }

    @Test
    void aParagraphSayingTheDecisionAboveCarriedIsItsVote() throws Exception {
        // planning minutes: the decision, then the motion's outcome below it: one decision, not two
        PdfFixture f = new PdfFixture()
                .text(72, 74, FULL).text(72, 87, FULL).text(72, 100, FULL).text(72, 113, FULL)
                .text(72, 139, "RESOLVED that planning permission be refused for the reasons in the report.")
                .text(72, 165, "The motion to refuse was CARRIED unanimously.")
                .text(72, 191, "It was RESOLVED to approve the revised landscaping scheme.")
                .text(72, 217, "The motion was carried (For 7, Against 2, Abstain 1).");
        assertEquals(List.of(
                d(null, null, DecisionKind.RESOLVED, "that planning permission be refused for the reasons in the report.", "unanimous"),
                d(null, null, DecisionKind.RESOLVED, "It was RESOLVED to approve the revised landscaping scheme.",
                        "for 7, against 2, abstain 1")), extract(f));
    }

    @Test
    void theMeetingNamedOverWhatItDidEntryByEntryIsOneDecisionPerDecidedEntry() throws Exception {
        // NHS board minutes: "The Board:" over bullets each opening with a capitalised verb; noting is no decision
        PdfFixture f = new PdfFixture()
                .text(72, 74, FULL).text(72, 87, FULL).text(72, 100, FULL)
                .text(72, 126, "The Board:")
                .text(90, 145, "• APPROVED the refreshed plan for publication;")
                .text(90, 158, "• NOTED the feedback from the engagement exercise; and")
                .text(90, 171, "• AGREED that the Chief Executive make minor amendments.");
        assertEquals(List.of(
                d(null, null, DecisionKind.APPROVED, "APPROVED the refreshed plan for publication", null, "The Board"),
                d(null, null, DecisionKind.AGREED, "AGREED that the Chief Executive make minor amendments.", null, "The Board")),
                extract(f));
        // a browser draws the bullets as shapes: the entries are set in, unmarked
        PdfFixture browser = new PdfFixture()
                .text(72, 74, FULL).text(72, 87, FULL).text(72, 100, FULL)
                .text(72, 126, "The Committee:")
                .text(90, 145, "APPROVED the refreshed plan for publication;")
                .text(90, 158, "NOTED the feedback from the engagement exercise.");
        assertEquals(List.of(d(null, null, DecisionKind.APPROVED, "APPROVED the refreshed plan for publication", null, "The Committee")),
                extract(browser));
    }

    @Test
    void denseTableLinesDoNotSetTheLeadingOfProse() throws Exception {
        PdfFixture f = new PdfFixture();
        for (int i = 0; i < 8; i++) {
            f.text(72, 100 + i * 8, "Balance " + (1000 + i) + ".00", 7, false);
        }
        f.text(72, 200, "The council considered the objections raised by the residents at some length and")
                .text(72, 214, "it was agreed to continue its support of the diversion route through the field of")
                .text(72, 228, "the farm, subject to the consent of the landowner and the county council, and to")
                .text(72, 242, "write to the residents explaining why the support continues.")
                .text(72, 270, "The clerk reported that the footpath signs had been replaced on both of the routes,")
                .text(72, 284, "and that the stile near the church had been repaired by the county council team.");
        assertEquals(List.of(d(null, null, DecisionKind.AGREED, "The council considered the objections raised by the "
                + "residents at some length and it was agreed to continue its support of the diversion route through the "
                + "field of the farm, subject to the consent of the landowner and the county council, and to write to the "
                + "residents explaining why the support continues.", null)), extract(f));
    }
    /** Councils record a division on the line below the resolutions it carried (run into their paragraph or set apart). */
    @Test
    void aDivisionOnTheLineBelowIsTheVoteOfTheResolutionsAboveIt() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(60, 100, "12.").bold(144, 100, "Parking Strategy")
                .text(144, 130, "The Committee considered the consultation draft.")
                .text(144, 155, "RESOLVED that the draft strategy be approved for consultation.")
                .text(144, 177, "For 7, Against 2, Abstentions 1")
                .bold(60, 210, "13.").bold(144, 210, "Allotments")
                .text(144, 240, "RESOLVED that the rents be held for a further year.")
                .text(144, 280, "For 8, Against 0, Abstentions 2")
                .bold(60, 320, "14.").bold(144, 320, "Play Area")
                .text(144, 350, "RESOLVED that the play area be resurfaced.");
        String vote = "for 7, against 2, abstain 1";
        assertEquals(List.of(
                d("12", "12", DecisionKind.RESOLVED, "that the draft strategy be approved for consultation.", vote),
                d("13", "13", DecisionKind.RESOLVED, "that the rents be held for a further year.", "for 8, against 0, abstain 2"),
                d("14", "14", DecisionKind.RESOLVED, "that the play area be resurfaced.", null)), extract(f));
    }

    /** Clerks' templates keep the stem when there was nothing to decide: the stem records nothing then. */
    @Test
    void aStemWhoseListSaysThereWereNoneRecordsNothing() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(60, 100, "76").bold(100, 100, "Policies")
                .text(100, 120, "The following policies were approved and recommended to the FGB for approval:")
                .text(108, 135, "a. There were no policies to be approved.")
                .bold(60, 160, "77").bold(100, 160, "Documents")
                .text(100, 180, "The following documents were ratified as shown: None");
        assertEquals(List.of(), extract(f));
    }

    /** Minutes of another meeting discussed at this one: what was agreed there is reported, not decided here. */
    @Test
    void anAgreementSetAtAnotherMeetingIsReported() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(60, 100, "33").bold(100, 100, "Country Park")
                .text(100, 120, "The minutes of a meeting held on 20th February with the operator were discussed. At that")
                .text(100, 133, "meeting it was agreed that a heritage group would be formed. It was agreed to send a")
                .text(100, 146, "representative to the heritage group.");
        assertEquals(List.of(d("33", "33", DecisionKind.AGREED, "It was agreed to send a representative to the heritage group.",
                null)), extract(f));
    }
    /**
     * A grants grid set without rules, too small for the table finder: read from its lines by the
     * header's columns, one decision per row's outcome; a wrapped applicant's name stays its row's.
     */
    @Test
    void aBorderlessGridWithADecisionColumnIsReadFromItsLines() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(60, 100, "11.").bold(144, 100, "Community Grants")
                .text(144, 125, "The Committee considered the following applications:")
                .bold(144, 150, "Applicant").bold(280, 150, "Purpose").bold(420, 150, "Amount").bold(480, 150, "Decision")
                .text(144, 172, "Northgate Community").text(280, 172, "Hall heating").text(420, 172, "£900")
                .text(480, 172, "Rejected.")
                .text(144, 183, "Association")
                .text(144, 205, "St Mary's Church").text(280, 205, "Wall repairs").text(420, 205, "£1000")
                .text(480, 205, "Approved.")
                .text(144, 240, "RESOLVED that the fund be reopened in the spring.");
        assertEquals(List.of(
                d("11", "11", DecisionKind.RESOLVED, "that the fund be reopened in the spring.", null),
                d("11", "11", DecisionKind.OTHER, "Rejected.", null, "Northgate Community Association"),
                d("11", "11", DecisionKind.APPROVED, "Approved.", null, "St Mary's Church")), extract(f));
    }
}
