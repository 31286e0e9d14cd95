package org.boardpack.extract.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The item headings of minutes, as the walker finds them with {@link HeadingFinder}. */
class HeadingFinderTest {

    private final MinutesWalker walker = new MinutesWalker(CellSplitter.standard(), new PageFurniture());

    @TempDir
    Path tmp;

    /** The heading items: number, minute reference, title, lead. */
    private List<String> headings(PdfFixture f) throws Exception {
        ParsedDocument doc = f.ingest(tmp, "minutes.pdf");
        return walker.walk(doc, new DocumentSpan(DocumentType.MINUTES, null, 1, doc.pageCount())).items().stream()
                .filter(MinutesItem::heading)
                .map(i -> i.number() + "|" + i.minuteRef() + "|" + i.title() + (i.lead() == null ? "" : "|" + i.lead()))
                .toList();
    }

    /** Every item, headings and numbered paragraphs: number, minute reference, heading flag. */
    private List<String> all(PdfFixture f) throws Exception {
        ParsedDocument doc = f.ingest(tmp, "minutes.pdf");
        return walker.walk(doc, new DocumentSpan(DocumentType.MINUTES, null, 1, doc.pageCount())).items().stream()
                .map(i -> i.number() + "|" + i.minuteRef() + (i.heading() ? "|H" : ""))
                .toList();
    }

    @Test
    void plainCapitalsHeadingsWithTheirNumberApartAndNumberedParagraphsUnderThem() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(70, 60, "PRESENT: Cllrs R Lester (Chairman), D Bonner and E Bradbury")
                .text(70, 90, "100.").text(106, 90, "APOLOGIES FOR ABSENCE")
                .text(106, 105, "Apologies were received from Cllr Edwards.")
                .text(70, 130, "101.").text(106, 130, "FINANCE")
                .text(70, 145, "101.1 A financial statement was received and noted.")
                .text(70, 165, "101.2 RESOLVED that one payment be approved.")
                .text(70, 190, "102.").text(106, 190, "PLANNING")
                .text(106, 205, "An update on planning applications was received and noted.");
        assertEquals(List.of("100|null|H", "101|null|H", "101|101.1", "101|101.2", "102|null|H"), all(f));
        assertEquals(List.of("100|null|APOLOGIES FOR ABSENCE", "101|null|FINANCE", "102|null|PLANNING"), headings(f));
    }

    @Test
    void boldHeadingsInTheSameLineAsAPlainNumber() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(72, 90, "28.").bold(90, 90, "APOLOGIES FOR ABSENCE")
                .text(86, 105, "There were apologies from Cllr Simkins.")
                .text(72, 130, "29.").bold(90, 130, "DECLARATIONS OF INTEREST")
                .text(86, 145, "There were no declarations of interest.");
        assertEquals(List.of("28|null|APOLOGIES FOR ABSENCE", "29|null|DECLARATIONS OF INTEREST"), headings(f));
    }

    @Test
    void plainRunInHeadingsThatGoOnFromTheItemBefore() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(77, 90, "1").bold(86, 90, "Attendance:").text(160, 90, "A list of Members is available from the Secretary")
                .text(77, 105, "2").bold(86, 105, "Apologies:").text(160, 105, "Apologies were received from Mr Mooney")
                .text(77, 120, "3 Quoracy: with over 15 members present, the meeting was deemed Quorate.")
                .text(77, 135, "4 On Ratification of the Constitution: The Constitution was introduced to the")
                .text(92, 149, "Meeting as a document necessary for the Association to keep a bank account.");
        assertEquals(List.of("1|null|Attendance", "2|null|Apologies", "3|null|Quoracy",
                "4|null|On Ratification of the Constitution"), headings(f));
    }

    @Test
    void numberedListsIndentedUnderAnItemAreNotItems() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(72, 90, "1. MODIFICATION OF THE AGENDA:")
                .text(90, 105, "None.")
                .text(72, 130, "2. OPEN FORUM: Held after Agenda Item 5. There were 6 speakers.")
                .text(96, 145, "1. For the following reasons, we strongly object to the race in the park.")
                .text(114, 160, "1. DEGRADATION: The forest floor has already been seriously degraded.")
                .text(114, 175, "2. FLORA AND FAUNA: Mountain biking is causing serious damage.")
                .text(96, 195, "2. Hi, I wanted to express my support for the event.")
                .text(72, 220, "3. CONSENT CALENDAR ITEMS:")
                .text(90, 235, "None.");
        assertEquals(List.of("1|null|MODIFICATION OF THE AGENDA", "2|null|OPEN FORUM", "3|null|CONSENT CALENDAR ITEMS"),
                headings(f));
    }

    @Test
    void aNumberInItsOwnColumnTheTitleBesideItAndTheLeadInARightHandColumn() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(78, 90, "1").text(120, 90, "Apologies received from").text(500, 90, "HP")
                .text(140, 105, "Lee Alabaster")
                .bold(78, 130, "2").text(120, 130, "Adoption of Previous Minutes").text(500, 130, "LA")
                .text(140, 145, "Unanimous adoption of previous minutes");
        assertEquals(List.of("1|null|Apologies received from|HP", "2|null|Adoption of Previous Minutes|LA"), headings(f));
    }

    @Test
    void aSubNumberHeadsPartOfTheItemOnlyWithTextNestedUnderIt() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(78, 90, "97. REPORTS")
                .text(78, 105, "97.1 Crossings and Greens:")
                .text(106, 120, "Covered elsewhere in the agenda")
                .text(78, 140, "97.2 Waterhall Quarry")
                .text(106, 155, "Nothing to report.")
                .text(78, 175, "97.3 It was RESOLVED to leave the greens open.")
                .text(78, 195, "97.4 HCC Parish Charter")
                .text(78, 215, "97.5 Projects for the budget.")
                .bold(78, 240, "98. CORRESPONDENCE")
                .text(106, 255, "Nothing of note.");
        assertEquals(List.of("97|null|H", "97.1|null|H", "97.2|null|H", "97|97.3", "97|97.4", "97|97.5", "98|null|H"),
                all(f));
    }

    @Test
    void aParagraphAfterASubHeadingBelongsToTheItemItNumbers() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(54, 90, "67. WORK PROGRAMME")
                .text(54, 105, "67.1. War memorial.")
                .text(89, 120, "67.1.1. Burgess Memorials had cleaned the war memorial.")
                .text(54, 140, "67.2. Pin Kerbing. Cllr Simkins had identified some crossings in Cole Green.")
                .bold(54, 165, "68. FINANCE")
                .text(54, 180, "68.1. The financial report was approved.");
        assertEquals(List.of("67|null|H", "67.1|null|H", "67.1|67.1.1", "67|67.2", "68|null|H", "68|68.1"), all(f));
    }

    @Test
    void boldLetteredSubHeadingsAreSubItemsOfTheItem() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(72, 90, "34.").bold(90, 90, "PLANNING")
                .text(72, 105, "(a)").bold(90, 105, "Current Applications")
                .text(86, 120, "There were no current applications to consider.")
                .text(72, 140, "(b)").bold(90, 140, "Decisions on Outstanding Applications")
                .text(86, 155, "None.");
        assertEquals(List.of("34|null|PLANNING", "34(a)|null|Current Applications",
                "34(b)|null|Decisions on Outstanding Applications"), headings(f));
    }

    @Test
    void anAgendaNumberBesideTheMinuteNumberIsTheItemsNumber() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(67, 90, "42. (Agenda 1) APOLOGIES FOR ABSENCE")
                .text(88, 105, "Members accepted apologies for absence.")
                .bold(67, 130, "44. (Agenda 3) CHAIRMAN’S ANNOUNCEMENTS")
                .text(85, 145, "44.1. The chairman introduced the new Clerk.");
        assertEquals(List.of("1|42|H", "3|44|H", "3|44.1"), all(f));
    }

    @Test
    void aTranscriptsLineNumbersAreNotItems() throws Exception {
        PdfFixture f = new PdfFixture();
        String[] text = {"THE CHAIRMAN: I am very grateful to everyone for being so", "punctual.",
            "We ought to start by a welcome to Sir Michael Wood.", "You are very welcome, Sir Michael, as legal adviser to",
            "the Foreign and Commonwealth Office from, I think, 1999", "to 2006, so covering most of our period.",
            "I said at the beginning of the day that the", "objectives for the day were to start to build a picture",
            "and set the context, and the recent history of Iraq", "policy, which is complex, is an important part of that",
            "understanding."};
        for (int i = 0; i < text.length; i++) {
            f.text(i + 1 < 10 ? 123.6f : 117.6f, 80 + 22 * i, String.valueOf(i + 1)).text(150, 80 + 22 * i, text[i]);
        }
        assertEquals(List.of(), headings(f));
    }

    @Test
    void numbersAfterTheMeetingClosedBelongToAttachedPapers() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(96, 90, "116. CONFIDENTIAL MATTERS")
                .text(96, 105, "The minutes of Part 2 were agreed.")
                .text(96, 125, "The meeting closed at 9.15 pm.")
                .bold(72, 160, "ITEM 9 PRECEPT")
                .text(72, 175, "9.1 The precept was set last year at £10,400.");
        assertEquals(List.of("116|null|CONFIDENTIAL MATTERS"), headings(f));
    }

    @Test
    void lettersOfAListAColonIntroducesAreNotSubItems() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(36, 90, "59").bold(72, 90, "Sutton Coldfield in Bloom update")
                .text(72, 105, "The Assistant Town Clerk presented an update to Committee.")
                .bold(72, 125, "Committee resolved to:")
                .bold(108, 140, "i)").bold(144, 140, "Approve the outlined proposals in section 4 of the report and to")
                .bold(144, 154, "authorise the Assistant Town Clerk to progress the proposals")
                .bold(36, 180, "60").bold(72, 180, "Social Inclusion Network Event")
                .text(72, 195, "Cllr Mosson provided an update.");
        assertEquals(List.of("59|null|Sutton Coldfield in Bloom update", "60|null|Social Inclusion Network Event"),
                headings(f));
    }

    @Test
    void anUnnumberedHeadingInTheItemColumnEndsTheRunOfItems() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(92, 90, "8 General Business")
                .text(92, 105, "No further business")
                .bold(92, 130, "9 Meeting close")
                .text(92, 145, "3:05pm")
                .bold(92, 175, "Action List")
                .text(100, 195, "10. Cate - to take care of Pool Competition")
                .text(100, 215, "11. Daniel - continue conversing with other graduate groups");
        assertEquals(List.of("8|null|General Business", "9|null|Meeting close"), headings(f));
    }

    @Test
    void headingsInLargerTypeOverAnIndentedListOfActions() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(92, 90, "1 Attendance", 14, false)
                .text(92, 110, "1.1 Opening", 12, false)
                .text(92, 125, "Braden was elected Chair", 10, false)
                .text(92, 150, "2 Pool Competition", 14, false)
                .text(92, 165, "Cate will organise much of the event", 10, false)
                .text(92, 190, "Action List", 14, false)
                .text(105, 210, "1. Daniel - organise posters for the course", 10, false)
                .text(105, 225, "2. Braden - talk to PSS about advertising", 10, false)
                .text(105, 240, "3. Tristan - talk to Melatos about Mentoring", 10, false);
        assertEquals(List.of("1|null|Attendance", "1.1|null|Opening", "2|null|Pool Competition"), headings(f));
    }

    @Test
    void whereEveryNumberIsPlainTheItemsAreTheColumnWhoseNumbersRunOnLongest() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(57, 80, "AGM-2007/04: Minutes of the Previous AGM")
                .text(75, 100, "1. Mr. Secretary to Move: Approval of the Agenda")
                .text(75, 115, "2. Mr. Secretary to move that the minutes be Ratified")
                .text(75, 130, "3. Reports, from the Officers")
                .text(75, 145, "4. Other Business")
                .text(75, 170, "AGM-2006/1 : The Agenda, as presented, was not challenged, and thus accepted.")
                .text(75, 190, "AGM-2006/5 : Close at 13:40")
                .text(57, 220, "AGM-2007/7: Motion 2007-01")
                .text(57, 240, "AGM-2007/8: Elections to the Advisory Board");
        assertEquals(List.of("1|null|Mr. Secretary to Move", "2|null|Mr. Secretary to move that the minutes be Ratified",
                "3|null|Reports, from the Officers", "4|null|Other Business"), headings(f));
    }

    @Test
    void subNumbersRunIntoLabelsAreSubItemsWhereEverySubNumberOfTheItemIsLabelled() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(70, 90, "47.").text(106, 90, "REPORTS")
                .text(70, 105, "47.1").text(106, 105, "Crossings and Greens: Nothing to report.")
                .text(70, 125, "47.2").text(106, 125, "Play Area: Cllr Rochford will seek costs for repairs.")
                .text(70, 145, "47.3").text(106, 145, "Walter Wallinger’s Charity:")
                .text(106, 160, "The trustees had met in June.")
                .text(70, 180, "48.").text(106, 180, "FINANCE")
                .text(70, 195, "48.1").text(106, 195, "The financial statement was received and noted.")
                .text(70, 215, "48.2").text(106, 215, "Bank Reconciliation: The clerk presented the statement.")
                .text(70, 240, "49.").text(106, 240, "PLANNING")
                .text(70, 255, "49.1").text(106, 255, "Agreed: the clerk to respond to the consultation.")
                .text(70, 275, "49.2").text(106, 275, "Action: the clerk to write to the applicant.");
        assertEquals(List.of("47|null|H", "47.1|null|H", "47.2|null|H", "47.3|null|H", "48|null|H", "48|48.1", "48|48.2",
                "49|null|H", "49|49.1", "49|49.2"), all(f));
        assertEquals(List.of("47|null|REPORTS", "47.1|null|Crossings and Greens", "47.2|null|Play Area",
                "47.3|null|Walter Wallinger’s Charity", "48|null|FINANCE", "49|null|PLANNING"), headings(f));
    }

    @Test
    void theTextRunInAfterASubItemsLabelIsItsDiscussion() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(70, 90, "47.").text(106, 90, "REPORTS")
                .text(70, 105, "47.1").text(106, 105, "Crossings and Greens: Nothing to report.")
                .text(70, 125, "47.2").text(106, 125, "Play Area: Cllr Rochford will seek costs for repairs.");
        ParsedDocument doc = f.ingest(tmp, "minutes.pdf");
        MinutesItem play = walker.walk(doc, new DocumentSpan(DocumentType.MINUTES, null, 1, 1)).items().getLast();
        assertEquals("47.2", play.number());
        assertEquals(List.of("Cllr Rochford will seek costs for repairs."),
                play.discussion().stream().map(l -> l.line().text().strip()).toList());
    }

    @Test
    void aHeadingsOwnColonIntroducesItsSubItemsAndAnItemGoesOnSlightlyOutOfItsColumn() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(72, 90, "3. OPEN FORUM: There were 6 speakers.")
                .text(96, 105, "1. For the following reasons, we object to the race at the Park.")
                .text(96, 120, "2. I wanted to express my support for the event.")
                .text(72, 145, "4. CONSENT CALENDAR ITEMS:")
                .text(92, 160, "4A.").text(123, 160, "ADOPT A RESOLUTION ON MEETINGS")
                .text(123, 174, "USING TELECONFERENCING.")
                .text(92, 194, "4B.").text(123, 194, "REQUEST FROM THE GARDEN CENTER")
                .text(123, 208, "TO COLLECT FUNDS ON SITE.")
                .text(75, 230, "5. NEW BUSINESS:")
                .text(99, 245, "None.")
                .text(81, 270, "6. PLANNING AND CONDITIONAL USE PERMITS:")
                .text(99, 285, "None.");
        assertEquals(List.of("3|null|OPEN FORUM", "4|null|CONSENT CALENDAR ITEMS", "4A|null|ADOPT A RESOLUTION ON MEETINGS",
                "4B|null|REQUEST FROM THE GARDEN CENTER", "5|null|NEW BUSINESS", "6|null|PLANNING AND CONDITIONAL USE PERMITS"),
                headings(f).stream().map(h -> h.replace(" USING TELECONFERENCING.", "").replace(" TO COLLECT FUNDS ON SITE.", ""))
                        .toList());
    }

    @Test
    void shortLetteredTitlesStandingUnderAHeadingAreItsSubItems() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(75, 90, "3. Reports, from:")
                .text(93, 105, "a) The Advisory Board (Mr. Chairman)")
                .text(93, 120, "b) The National Co-ordinator")
                .text(75, 135, "4. Elections to the Advisory Board")
                .text(93, 150, "a) Chair")
                .text(93, 165, "b) Vice-Chair")
                .text(75, 180, "5. Other Business")
                .text(75, 195, "6. Close");
        assertEquals(List.of("3|null|Reports, from", "3(a)|null|The Advisory Board (Mr. Chairman)", "3(b)|null|The National Co-ordinator",
                "4|null|Elections to the Advisory Board", "4(a)|null|Chair", "4(b)|null|Vice-Chair", "5|null|Other Business",
                "6|null|Close"), headings(f));
    }

    @Test
    void yearAndSequenceMinuteNumbersAreItemsNumberedByThePartThatCountsUp() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(70, 60, "Present: Cllr R. Green (Chairman), Cllr P. Stone")
                .text(70, 90, "045/23").text(120, 90, "Apologies for absence")
                .text(120, 105, "Apologies were received from Cllr Marsh.")
                .text(70, 125, "046/23").text(120, 125, "Finance")
                .text(120, 140, "The precept was discussed with reference to minute")
                .text(70, 155, "031/22").text(120, 155, "Precept of the previous year.")
                .text(120, 170, "12/06/2023 was set as the date for the budget meeting.")
                .text(70, 190, "047/23").text(120, 190, "Planning")
                .text(120, 205, "No applications had been received.");
        assertEquals(List.of("045/23|null|Apologies for absence", "046/23|null|Finance", "047/23|null|Planning"), headings(f));
    }

    @Test
    void aLoneYearAndSequenceNumberIsNoItem() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(70, 90, "1.").text(120, 90, "Apologies for absence")
                .text(120, 105, "None.")
                .text(70, 125, "2023/24").text(120, 125, "Budget figures were circulated.")
                .text(70, 145, "2.").text(120, 145, "Finance")
                .text(120, 160, "Noted.");
        assertEquals(List.of("1|null|Apologies for absence", "2|null|Finance"), headings(f));
    }

    @Test
    void scatteredYearAndSequenceNumbersCitedInAListAreNoItems() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(70, 90, "98/2122").text(130, 90, "Notify Babcock of the appointments").text(450, 90, "Clerk")
                .text(70, 105, "101/2122").text(130, 105, "Minutes to website").text(450, 105, "Clerk")
                .text(70, 120, "113/2122").text(130, 120, "Forward documents to the new governors").text(450, 120, "Clerk");
        assertEquals(List.of(), headings(f));
    }
}
