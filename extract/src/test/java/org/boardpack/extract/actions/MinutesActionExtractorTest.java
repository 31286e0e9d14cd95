package org.boardpack.extract.actions;

import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.fixtures.RuledTable;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.extract.minutes.MinutesWalker;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.PageTables;
import org.boardpack.ingest.tables.TableFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MinutesActionExtractorTest {

    private static final String MEETING = "blmk-partnership-board/2020-11-11";

    @TempDir
    Path tmp;

    private static List<Action> extract(ParsedDocument doc) {
        return new MinutesActionExtractor(TableFinder.standard()).extract(doc,
                new DocumentSpan(DocumentType.MINUTES, null, 1, doc.pageCount(), MEETING), MEETING, "2020-11-11");
    }

    private static Action a(String ref, String item, String description, String owner, int page) {
        return new Action(ActionSource.MINUTES, MEETING, ref, item, description, owner, null, "2020-11-11", null,
                null, null, null, page);
    }

    private static final List<Action> EXPECTED = List.of(
            a("31", "6", null, "Chair", 1),
            a(null, "7", "Data is key in how health and care services are transformed and delivered.", "NS", 1),
            a("15", "7", null, "SW", 1),
            a("32", "7", null, "MT", 2),
            a("16", "8", null, "ICS Core team", 2));

    @Test
    void actionColumnOfARuledMinutesTable() throws Exception {
        assertEquals(EXPECTED, extract(ActionFixtures.partnershipMinutes(true).ingest(tmp, "ruled.pdf")));
    }

    @Test
    void rightHandColumnOfShortEntriesWithoutRulings() throws Exception {
        assertEquals(EXPECTED, extract(ActionFixtures.partnershipMinutes(false).ingest(tmp, "unruled.pdf")));
    }

    @Test
    void numberedParagraphsBelongToTheItemHeadingAbove() throws Exception {
        List<Action> got = extract(ActionFixtures.charityMinutes().ingest(tmp, "charity.pdf"));
        assertEquals(List.of(
                a(null, "4",
                        "A summary of the waiting list by area to be brought to the next meeting.", "DH", 1),
                a(null, "4", "Circulate the volunteer recruitment plan to trustees.", "LY", 1),
                a(null, "5", "Advertise the trustee vacancies and convene the panel.", "SE", 1)), got);
    }

    private static Action school(String item, String description, String owner, int page) {
        return school(item, description, owner, page, null, null);
    }

    /** An action whose deadline column prints {@code dueText}, {@code due} its date. */
    private static Action school(String item, String description, String owner, int page, String due, String dueText) {
        return new Action(ActionSource.MINUTES, MEETING, null, item, description, owner, null, "2020-11-11", due,
                null, null, null, page, dueText);
    }

    private static final List<Action> SCHOOL = List.of(
            school("BM 55/2122", "Clerk to place on website", "Clerk", 1),
            school("BM 58/2122", "Governors recommended that the budget be passed to the FGB for agreement.", "Clerk", 1),
            school("BM 59/2122", "It was agreed that discussions would be held with the caretaker.",
                    "Kay Dicken/Heather Poustie", 1),
            school("BM 60/2122", "a. Dates of meetings for the next year were agreed.", "Clerk", 1),
            school("BM 60/2122", "Clerk to advise the local authority.", "Clerk", 1),
            school("BM 60/2122", "To be on agendas as a standing item.", null, 1),
            school("BM 61/2122", "This is planned to be re-dated to the second week in June.",
                    "Paul Evemy/Sandra Cartwright", 1));

    @ParameterizedTest(name = "header row: {0}")
    @ValueSource(booleans = {true, false})
    void schoolGovernorsTableWithOrWithoutItsHeaderRow(boolean header) throws Exception {
        List<Action> got = extract(ActionFixtures.schoolMinutes(header).ingest(tmp, "school.pdf"));
        assertEquals(SCHOOL, got, "the summary of actions above the minutes is a log, not their table");
    }

    @Test
    void aLoneActionHeadingOverAMarginColumnBesideProseMinutes() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(60, 50, "Minutes of the Parish Council", 14, true)
                .bold(480, 80, "Action")
                .bold(60, 100, "1. Apologies")
                .text(75, 116, "Apologies were received from Cllr Brown.")
                .bold(60, 140, "2. Footpaths")
                .text(75, 156, "The footpath by the church is overgrown and the stiles need repair.")
                .text(75, 172, "The Clerk will report it to the county council.").text(480, 172, "Clerk")
                .text(75, 188, "Councillors agreed to survey the stiles.").text(480, 188, "MH/CC")
                .bold(60, 212, "3. Any other business")
                .text(75, 228, "There was no other business; the meeting closed at 9.15 pm.");
        ParsedDocument doc = f.ingest(tmp, "margin.pdf");
        DocumentSpan paper = new DocumentSpan(DocumentType.MINUTES, null, 1, 1, MEETING);
        MinutesActionExtractor extractor = new MinutesActionExtractor(TableFinder.standard());
        MinutesGrid grid = extractor.grid(doc, paper, new PageTables(TableFinder.standard()), HeadingRoles.standard()).orElseThrow();
        ItemPlaces headings = ItemPlaces.of(doc, new MinutesWalker(CellSplitter.standard(), new PageFurniture())
                .walk(doc, paper));
        assertEquals(List.of(
                school("2", "The Clerk will report it to the county council.", "Clerk", 1),
                school("2", "Councillors agreed to survey the stiles.", "MH/CC", 1)),
                extractor.extract(grid, headings, MEETING, "2020-11-11", Dehyphenator.of(doc)),
                "a line running long stays in the discussion; the items are the numbered headings");
    }

    @Test
    void anActionDecisionColumnFollowedByAnotherColumn() throws Exception {
        PdfFixture f = new PdfFixture();
        new RuledTable(40, 40f, 300f, 110f, 70f).row("**No.", "**Discussion", "**Action/Decision", "**By when")
                .row("**3", "**Website\nThe website needs a new privacy notice before launch.", "\nCS to draft the notice",
                        "June 2021")
                .row("**4", "**Grants\nThe panel met and recommended two awards.", "\nNone", "")
                .draw(f, 60);
        assertEquals(List.of(school("3", "CS to draft the notice", "CS", 1, "2021-06", "June 2021")),
                extract(f.ingest(tmp, "decision.pdf")),
                "the column after the action column is not part of its entries: it is their deadline");
    }

    @Test
    void aMarginColumnBesideNumberedParagraphsWithItsHeadingRepeatedOverPage() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(60, 50, "Minutes of the Board of Trustees", 14, true)
                .bold(480, 80, "Action")
                .bold(60, 100, "4.").bold(100, 100, "Trustee recruitment")
                .text(60, 116, "4.1").text(100, 116, "The Chair reported on the skills audit.")
                .text(60, 132, "4.2").text(100, 132, "Advertise the trustee vacancies.").text(480, 132, "RH")
                .newPage()
                .bold(480, 60, "Action")
                .text(480, 76, "JC")
                .text(60, 76, "5.1").text(100, 76, "Confirm the lead trustee for safeguarding.")
                .text(60, 92, "5.2").text(100, 92, "12 volunteers are needed for the event.").text(480, 92, "TM");
        ParsedDocument doc = f.ingest(tmp, "margin-numbered.pdf");
        DocumentSpan paper = new DocumentSpan(DocumentType.MINUTES, null, 1, 2, MEETING);
        MinutesActionExtractor extractor = new MinutesActionExtractor(TableFinder.standard());
        MinutesGrid grid = extractor.grid(doc, paper, new PageTables(TableFinder.standard()), HeadingRoles.standard()).orElseThrow();
        List<String> got = extractor.extract(grid, ItemPlaces.none(), MEETING, "2020-11-11", Dehyphenator.of(doc))
                .stream().map(x -> x.owner() + ": " + x.description()).toList();
        assertEquals(List.of("RH: Advertise the trustee vacancies.", "JC: Confirm the lead trustee for safeguarding.",
                "TM: 12 volunteers are needed for the event."), got,
                "paragraph numbers set apart are no part of the description; the heading repeated is no entry");
    }

    /**
     * An unruled charity minutes table whose text column is headed {@code Minute} (a log's item
     * heading too) and whose action column, headed {@code Action} or {@code Action/Decision}, is
     * followed by a {@code By when} column: the header is the minutes' own, and the action column
     * ends where the deadline column begins, also where its heading stands a word space after the
     * action's.
     */
    @ParameterizedTest(name = "action heading: {0}")
    @ValueSource(strings = {"Action", "Action/Decision", "Action/Decision By when"})
    void anActionColumnFollowedByADeadlineColumnBesideAMinuteColumn(String heading) throws Exception {
        PdfFixture f = new PdfFixture()
                .text(60, 50, "Minutes of the Board of Trustees", 14, true)
                .bold(60, 80, "No.").bold(100, 80, "Minute").bold(400, 80, heading);
        if (!heading.endsWith("By when")) {
            f.bold(500, 80, "By when");
        } // else the narrow columns squeeze the deadline heading to a word space after the action's
        f
                .bold(60, 100, "4.").bold(100, 100, "Chief Executive's report")
                .text(60, 116, "4.1").text(100, 116, "The Chief Executive presented the report.")
                .text(60, 136, "4.2").text(100, 136, "A summary of the waiting list to be brought to the next")
                .text(100, 148, "meeting.").bold(400, 136, "CM").text(500, 136, "January").text(500, 148, "2020")
                .text(60, 168, "4.3").text(100, 168, "Circulate the volunteer recruitment plan to trustees.")
                .bold(400, 168, "CY").text(500, 168, "Next").text(500, 180, "meeting")
                .bold(60, 200, "5.").bold(100, 200, "Risk register")
                .text(60, 216, "5.1").text(100, 216, "Update the risk register and recirculate it.")
                .bold(400, 216, "IT").text(500, 216, "March 2020");
        assertEquals(List.of(
                school("4", "A summary of the waiting list to be brought to the next meeting.", "CM", 1,
                        "2020-01", "January 2020"),
                school("4", "Circulate the volunteer recruitment plan to trustees.", "CY", 1, null, "Next meeting"),
                school("5", "Update the risk register and recirculate it.", "IT", 1, "2020-03", "March 2020")),
                extract(f.ingest(tmp, "by-when.pdf")),
                "a Minute column beside an Action column is the discussion; the By when column is each entry's"
                        + " deadline, wrapped lines and all, a date where it prints one");
    }

    /**
     * An {@code Item | Discussion | Action} grid drawn as an HTML table: headings centred over wide
     * ruled columns, cells top-aligned, so the owner's initials stand level with the row's bold
     * title. The discussion column opens at its rule, far left of its heading; the action is the
     * owner's own "XX to …" sentence in the row, else the row's discussion under the title — never
     * the title, nor the text of the row above.
     */
    @Test
    void initialsLevelWithTheTitleOfARowOfAGridWithCentredHeadings() throws Exception {
        PdfFixture f = new PdfFixture().text(60, 50, "Minutes of the Board of Directors", 14, true);
        float bottom = new RuledTable(40, 60f, 380f, 60f).row("", "", "")
                .row("BoD/23/03", "**Action log\nThe Board reviewed the action log. Action 22/14 is closed.", "")
                .row("BoD/23/04", "**Performance report\nCD presented the report. The Board requested a deep\n"
                        + "dive into theatre productivity.", "CD")
                .row("BoD/23/05", "**Board Assurance Framework\nThe Board approved the risk appetite statement.\n"
                        + "FG to update the BAF with the new risk scores.", "FG")
                .draw(f, 80);
        f.bold(60, 80 + 4 + 9, "Item").bold(260, 80 + 4 + 9, "Discussion").bold(455, 80 + 4 + 9, "Action");
        assertEquals(List.of(
                school("BoD/23/04",
                        "CD presented the report. The Board requested a deep dive into theatre productivity.", "CD", 1),
                school("BoD/23/05", "FG to update the BAF with the new risk scores.", "FG", 1)),
                extract(f.ingest(tmp, "centred.pdf")), "table bottom " + bottom);
    }

    /**
     * A task column followed by its owner's column and a deadline's ({@code No. | Discussion |
     * Action | Lead | Deadline}): each task cell is an action as printed, its owner the cell beside
     * it, its deadline the next; the discussion is no part of it. Without a deadline column too.
     */
    @ParameterizedTest
    @CsvSource({"Action,Lead,Deadline", "Action,Owner,Due date", "Action agreed,By whom,By when", "Actions,Lead,"})
    void aTaskColumnFollowedByAnOwnerColumn(String task, String owner, String due) throws Exception {
        boolean dated = due != null;
        float[] widths = dated ? new float[] {30f, 230f, 150f, 55f, 70f} : new float[] {30f, 230f, 150f, 55f};
        PdfFixture f = new PdfFixture().text(40, 50, "Minutes of the Finance Committee", 14, true);
        new RuledTable(30, widths).row(cells(dated, "**No.", "**Discussion", "**" + task, "**" + owner, "**" + due))
                .row(cells(dated, "**1", "**Apologies\nNone received.", "", "", ""))
                .row(cells(dated, "**2", "**Management accounts\nThe accounts to 31 January were reviewed.",
                        "Circulate the variance\nanalysis", "IJ", "15/03/2024"))
                .row(cells(dated, "**3", "**Reserves policy\nThe reserves target was discussed.",
                        "Draft a revised reserves\npolicy", "CD", "June 2024"))
                .draw(f, 70);
        assertEquals(List.of(
                school("2", "Circulate the variance analysis", "IJ", 1, dated ? "2024-03-15" : null,
                        dated ? "15/03/2024" : null),
                school("3", "Draft a revised reserves policy", "CD", 1, dated ? "2024-06" : null, dated ? "June 2024" : null)),
                extract(f.ingest(tmp, "owners.pdf")));
    }

    /** A row's cells, the last (the deadline's) left out for a table without that column. */
    private static String[] cells(boolean dated, String... cells) {
        return dated ? cells : java.util.Arrays.copyOf(cells, cells.length - 1);
    }

    /**
     * A row whose cells are centred vertically prints its number level with the middle of a task
     * wrapped over three lines, below the task's first line: the task is still that row's.
     */
    @Test
    void aNumberCentredLevelWithTheMiddleOfAWrappedTask() throws Exception {
        PdfFixture f = new PdfFixture().text(40, 50, "Minutes of the Finance Committee", 14, true);
        new RuledTable(30, 30f, 230f, 150f, 55f).row("**No.", "**Discussion", "**Action", "**Lead")
                .row("**1", "**Apologies", "", "")
                .row("\n**2", "\n**Management accounts", "Circulate the variance\nanalysis of the\nmanagement accounts",
                        "\nIJ")
                .draw(f, 70);
        assertEquals(List.of(school("2", "Circulate the variance analysis of the management accounts", "IJ", 1)),
                extract(f.ingest(tmp, "centred-row.pdf")));
    }

    /** Two tasks set apart in one ruled row share the row's owner and deadline cells. */
    @Test
    void tasksOfOneRuledRowShareItsOwnerAndDeadline() throws Exception {
        PdfFixture f = new PdfFixture().text(40, 50, "Minutes of the Audit Committee", 14, true);
        new RuledTable(30, 30f, 230f, 150f, 55f, 70f).row("**No.", "**Discussion", "**Action", "**Lead", "**Deadline")
                .row("**3", "**Risk register\nThe cyber risk score was discussed.",
                        "Review the cyber risk score\n\nBring a cyber deep dive", "SG / RS", "Next meeting")
                .draw(f, 70);
        assertEquals(List.of(school("3", "Review the cyber risk score", "SG / RS", 1, null, "Next meeting"),
                school("3", "Bring a cyber deep dive", "SG / RS", 1, null, "Next meeting")),
                extract(f.ingest(tmp, "shared.pdf")));
    }

    /**
     * An owner heading squeezed a word space from the next column's in a narrow column
     * ({@code Responsible Target}) ends where the deadline's heading starts: the deadline is no owner.
     */
    @Test
    void anOwnerHeadingSqueezedAgainstTheDeadlineHeading() throws Exception {
        PdfFixture f = new PdfFixture().text(40, 50, "Minutes of the Audit Committee", 14, true);
        new RuledTable(30, 30f, 220f, 150f, 58f, 70f)
                .row("**No.", "**Discussion", "**Action required", "**Responsible", "**Target")
                .row("**2", "**Internal audit\nFour reviews had been completed.", "Track the limited assurance\nreviews",
                        "PL", "September 2021")
                .draw(f, 70);
        assertEquals(List.of(school("2", "Track the limited assurance reviews", "PL", 1, "2021-09", "September 2021")),
                extract(f.ingest(tmp, "squeezed.pdf")));
    }
}
