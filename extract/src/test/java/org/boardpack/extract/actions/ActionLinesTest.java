package org.boardpack.extract.actions;

import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.extract.minutes.Minutes;
import org.boardpack.extract.minutes.MinutesWalker;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionLinesTest {

    private static final String MEETING = "css-committee/2024-09-24";

    @TempDir
    Path tmp;

    private static List<Action> read(ParsedDocument doc) {
        DocumentSpan paper = new DocumentSpan(DocumentType.MINUTES, null, 1, doc.pageCount(), MEETING);
        Minutes walked = new MinutesWalker(CellSplitter.standard(), new PageFurniture()).walk(doc, paper);
        return new ActionLines(ActionVocabulary.standard()).read(doc, paper, ItemPlaces.of(doc, walked), walked.pitch(),
                (page, line) -> false, MEETING, "2024-09-24", Dehyphenator.of(doc));
    }

    private static Action a(String ref, String item, String description, String owner, String raised,
                            ActionStatus status, String statusText) {
        return new Action(ActionSource.MINUTES, MEETING, ref, item, description, owner, null, raised, null, status,
                statusText, null, 1);
    }

    @Test
    void actionLinesUnderNumberedItems() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(60, 50, "Committee Meeting - Minutes", 14, true)
                .bold(60, 90, "1").bold(90, 90, "Apologies")
                .text(100, 106, "Apologies were received from Jo Bloggs.")
                .bold(60, 130, "2").bold(90, 130, "Finance")
                .text(100, 146, "•").text(115, 146, "The treasurer presented the accounts.")
                .text(100, 162, "•").bold(115, 162, "Action HP: Respond to the bank")
                .text(130, 178, "–").text(145, 178, "Action complete")
                .text(100, 194, "•").text(115, 194, "Action 29 SP: Post an announcement that is long and")
                .text(115, 208, "wraps onto a second line")
                .bold(60, 240, "3").bold(90, 240, "Premises")
                .text(100, 256, "The roof needs repair and quotes have been")
                .text(100, 270, "obtained.")
                .text(100, 286, "ACTION: JB")
                .text(100, 302, "Action: write to the county council (Clerk)")
                .text(100, 318, "The Clerk will write to the landlord.")
                .text(100, 334, "RESOLVED that the Clerk be asked to obtain quotes.")
                .text(100, 350, "Outstanding action from 12 March 2024: repaint the hall (MT)")
                .text(100, 366, "Action LB: Book the hall")
                .text(115, 382, "•").text(130, 382, "Action carried forward")
                .text(100, 400, "The bins are to be moved.").text(470, 400, "ACTION: CC")
                .bold(60, 420, "Actions:")
                .text(60, 436, "JB to circulate the paper")
                .text(60, 450, "Clerk to book the room")
                .text(60, 500, "Action required: The Board is asked to approve the budget.")
                .text(60, 530, "Action: None");
        List<Action> got = read(f.ingest(tmp, "lines.pdf"));
        assertEquals(List.of(
                a(null, "2", "Respond to the bank", "HP", "2024-09-24", ActionStatus.CLOSED, "Action complete"),
                a("29", "2", "Post an announcement that is long and wraps onto a second line", "SP", "2024-09-24",
                        null, null),
                a(null, "3", "The roof needs repair and quotes have been obtained.", "JB", "2024-09-24", null, null),
                a(null, "3", "write to the county council", "Clerk", "2024-09-24", null, null),
                a(null, "3", "repaint the hall", "MT", "2024-03-12", null, null),
                a(null, "3", "Book the hall", "LB", "2024-09-24", ActionStatus.OPEN, "Action carried forward"),
                a(null, "3", "The bins are to be moved.", "CC", "2024-09-24", null, null),
                a(null, null, "JB to circulate the paper", "JB", "2024-09-24", null, null),
                a(null, null, "Clerk to book the room", "Clerk", "2024-09-24", null, null)), got,
                "narrative 'will', a resolution asking the Clerk and a request to the meeting are not actions");
    }

    /**
     * NHS minutes that run the closing cue on after the paragraph's last sentence ({@code … at the
     * next meeting. ACTION: SP}): the action is the paragraph, its last words and all; a label
     * opening a sentence of narrative after a full stop is no cue.
     */
    @Test
    void anActionCueRunOnAfterTheLastSentenceOfAParagraph() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(60, 50, "Finance Committee - Minutes", 14, true)
                .bold(60, 90, "2").bold(90, 90, "Finance Report")
                .text(90, 106, "SP presented the position. The committee asked for a bridge to be")
                .text(90, 120, "presented at the next meeting. ACTION: SP")
                .bold(60, 150, "3").bold(90, 150, "Estates")
                .text(90, 166, "The roof was repaired in March. Action was taken by the contractor.")
                .bold(60, 196, "4").bold(90, 196, "Budget")
                .text(90, 212, "The budget was recommended to the Board. (Action: Clerk)");
        List<Action> got = read(f.ingest(tmp, "run-in.pdf"));
        assertEquals(List.of(a(null, "2", "SP presented the position. The committee asked for a bridge to be presented"
                + " at the next meeting.", "SP", "2024-09-24", null, null),
                a(null, "4", "The budget was recommended to the Board.", "Clerk", "2024-09-24", null, null)), got);
    }

    /**
     * Charity minutes that close each item with an {@code Actions:} list of bulleted entries: a
     * list with a later item after it is its item's; the summary after the last item sits under none.
     */
    @Test
    void anActionsListClosingEachItemIsThatItemsAndASummaryAfterTheLastIsNones() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(60, 50, "Board of Trustees - Minutes", 14, true)
                .bold(60, 90, "3.").bold(90, 90, "Finance report")
                .text(90, 106, "The Treasurer presented the management accounts.")
                .text(90, 126, "Actions:")
                .text(100, 142, "•").text(115, 142, "Treasurer to draft a revised reserves policy.")
                .bold(60, 176, "4.").bold(90, 176, "Chief Executive's report")
                .text(90, 192, "Trustees discussed volunteer recruitment.")
                .text(90, 212, "Actions:")
                .text(100, 228, "•").text(115, 228, "SK to arrange safeguarding training.")
                .bold(60, 262, "5.").bold(90, 262, "Any other business")
                .text(90, 278, "None.")
                .bold(60, 310, "Summary of actions")
                .text(60, 326, "SK to arrange safeguarding training.");
        List<Action> got = read(f.ingest(tmp, "item-lists.pdf"));
        assertEquals(java.util.Arrays.asList("3", "4", null), got.stream().map(Action::item).toList(),
                got.toString());
    }

    /**
     * A browser's list under a heading: the heading set large with space after it, the entries'
     * bullets drawn as shapes (no text), so each entry is a bare "XX to …" line.
     */
    @Test
    void anActionsArisingListSetApartFromItsHeading() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(60, 50, "Trustees' Meeting - Minutes", 14, true)
                .bold(60, 90, "3.").bold(90, 90, "Volunteers")
                .text(90, 106, "AW reported on the volunteer fair.")
                .text(60, 140, "Actions arising", 14, true)
                .text(80, 172, "JS to circulate the revised policy by end of May")
                .text(80, 186, "AW and MD to draft a leaflet");
        List<Action> got = read(f.ingest(tmp, "arising.pdf"));
        assertEquals(List.of("JS", "AW and MD"), got.stream().map(Action::owner).toList());
    }

    @Test
    void anActionLineNumberedAsAParagraphOfItsItem() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(60, 50, "Board of Trustees - Minutes", 14, true)
                .bold(60, 90, "4.").bold(100, 90, "Health and safety")
                .text(60, 106, "4.1").text(100, 106, "The quarterly report was received.")
                .text(60, 122, "4.2").text(100, 122, "Action: Arrange fire marshal training for volunteers (Chair)")
                .bold(60, 150, "5.").bold(100, 150, "Risk register")
                .text(60, 166, "5.1").text(100, 166, "The risk register was reviewed.")
                .text(60, 182, "5.2").text(100, 182, "Action: Recirculate the register (TM)")
                .text(60, 198, "5.3").text(100, 198, "The register lists 12 risks.");
        List<Action> got = read(f.ingest(tmp, "numbered.pdf"));
        assertEquals(List.of(
                a(null, "4", "Arrange fire marshal training for volunteers", "Chair", "2024-09-24", null, null),
                a(null, "5", "Recirculate the register", "TM", "2024-09-24", null, null)), got,
                "a numbered paragraph is an action line only where an action label follows its number");
    }

    @Test
    void anActionLineBrokenMidWordRunsOnWhereverItsLineEnds() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(60, 50, "Board of Trustees - Minutes", 14, true)
                .bold(60, 90, "7.").bold(100, 90, "Safeguarding")
                .text(60, 106, "7.1").text(100, 106, "The report was received and the lead trustee thanked for the work of the year.")
                .text(60, 122, "7.2").text(100, 122, "Action: Confirm the lead with the con-")
                .text(100, 136, "tact details (JC)");
        List<Action> got = read(f.ingest(tmp, "broken.pdf"));
        assertEquals(List.of(a(null, "7", "Confirm the lead with the contact details", "JC", "2024-09-24", null, null)),
                got, "a line ending in a broken word runs on although a longer line sets the page's right edge");
    }

    @Test
    void aClosingActionLineStandsForTheNumberedParagraphsAboveItWithoutTheirNumbers() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(60, 50, "Board of Trustees - Minutes", 14, true)
                .bold(60, 90, "5.").bold(100, 90, "Fundraising")
                .text(60, 106, "5.1").text(100, 106, "The strategy was presented.")
                .text(60, 122, "5.2").text(100, 122, "Agreed: that the strategy be adopted.")
                .text(100, 138, "ACTION: IB")
                .text(60, 154, "5.3").text(100, 154, "12 volunteers are needed for the event.")
                .text(100, 170, "ACTION: RC");
        List<Action> got = read(f.ingest(tmp, "closing.pdf"));
        assertEquals(List.of(
                a(null, "5", "The strategy was presented. Agreed: that the strategy be adopted.", "IB", "2024-09-24",
                        null, null),
                a(null, "5", "12 volunteers are needed for the event.", "RC", "2024-09-24", null, null)), got,
                "paragraph numbers set apart are dropped, a number that begins the text is kept");
    }

    @Test
    void anOwnerClosingAWrappedTaskOnALineBelowInANarrowColumn() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(60, 50, "Board of Trustees - Minutes", 14, true)
                .text(60, 70, "Present: a long line of names that sets the right edge of the page's text well out.")
                .bold(60, 90, "5.").bold(100, 90, "Fundraising")
                .text(100, 106, "Action: Circulate the campaign timetable to")
                .text(100, 120, "trustees (IB)")
                .text(100, 140, "Action: Review the events plan")
                .text(100, 154, "The Board discussed the plan at length and")
                .text(100, 168, "noted the risks.");
        List<Action> got = read(f.ingest(tmp, "narrow.pdf"));
        assertEquals(List.of(
                a(null, "5", "Circulate the campaign timetable to trustees", "IB", "2024-09-24", null, null),
                a(null, "5", "Review the events plan", null, "2024-09-24", null, null)), got,
                "a line below joins the task only where it closes it with its owner");
    }

    @Test
    void aRepeatedTableHeaderIsNoPartOfTheDiscussionAClosingLineStandsFor() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(60, 50, "Board of Trustees - Minutes", 14, true)
                .bold(60, 90, "6.").bold(100, 90, "Budget")
                .text(100, 106, "The draft budget was presented.")
                .bold(60, 122, "No.").bold(100, 122, "Minute").bold(430, 122, "Action/Decision By when")
                .text(100, 138, "Publish the budget to budget holders.")
                .text(100, 154, "ACTION: EN");
        List<Action> got = read(f.ingest(tmp, "header.pdf"));
        assertEquals(List.of(a(null, "6", "The draft budget was presented. Publish the budget to budget holders.", "EN",
                "2024-09-24", null, null)), got);
    }

    @Test
    void insideAMinutesTableOnlyAnActionCarriedOverIsRead() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(60, 50, "Board of Trustees - Minutes", 14, true)
                .bold(60, 90, "3.").bold(100, 90, "Matters arising")
                .text(100, 106, "Outstanding action from 12 March 2024: Update the risk register with the new")
                .text(100, 120, "cyber security risk (RH)")
                .text(100, 140, "Action: Write to the council (Clerk)");
        ParsedDocument doc = f.ingest(tmp, "table.pdf");
        DocumentSpan paper = new DocumentSpan(DocumentType.MINUTES, null, 1, doc.pageCount(), MEETING);
        Minutes walked = new MinutesWalker(CellSplitter.standard(), new PageFurniture()).walk(doc, paper);
        List<Action> got = new ActionLines(ActionVocabulary.standard()).read(doc, paper, ItemPlaces.of(doc, walked),
                walked.pitch(), (page, line) -> line.top() > 80, MEETING, "2024-09-24", Dehyphenator.of(doc));
        assertEquals(List.of(a(null, "3", "Update the risk register with the new cyber security risk", "RH",
                "2024-03-12", null, null)), got, "the table's own action column holds this meeting's actions");
    }
}
