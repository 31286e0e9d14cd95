package org.boardpack.extract.actions;

import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.actions.ActionUpdate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.fixtures.RuledTable;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.TableFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionLogExtractorTest {

    private static final String BODY = "blmk-partnership-board";

    @TempDir
    Path tmp;

    private static List<Action> extract(ParsedDocument doc) {
        TableFinder finder = TableFinder.standard();
        return new ActionLogExtractor(finder).extract(doc, finder.find(doc), page -> BODY);
    }

    @ParameterizedTest(name = "ruled: {0}")
    @ValueSource(booleans = {true, false})
    void everyColumnOfEveryRowAcrossTwoPages(boolean ruled) throws Exception {
        List<Action> got = extract(ActionFixtures.partnershipLog(ruled).ingest(tmp, "log.pdf"));
        assertEquals(List.of("5", "9", "26", "28", "37", "31"), got.stream().map(Action::ref).toList());

        Action first = got.getFirst();
        assertEquals(new Action(ActionSource.ACTION_LOG, BODY + "/2020-03-04", "5", "Health & Wellbeing Strategies",
                "That the Chairs of the Health and Wellbeing Boards would collectively review the strategies.",
                "Tracey Stock", null, "2020-03-04", "2020-12", ActionStatus.OPEN, "Open", List.of(
                new ActionUpdate("2020-09-15",
                        "The long-term for the ICs will be considered and feedback from the H&WB Boards will be critical."),
                new ActionUpdate("2020-10-14",
                        "Chairs & leaders have been contacted, responses are awaited. Responses need to be considered December 2020."),
                new ActionUpdate("2020-11-11", "The emails from TS has not been received by all.")), 1, "Dec-20"), first);

        assertEquals(List.of(new ActionUpdate("2020-07",
                "Wave 5 Capital bids delayed due to Covid 19. The estates strategy will be refreshed.")), got.get(1).updates());
        assertEquals("David Carter/Simon Linnett", got.get(2).owner());
        assertEquals(List.of("2020-11-11", "2020-12-02"),
                got.get(2).updates().stream().map(ActionUpdate::date).toList(), "a date at a line start after no full stop");
        assertEquals(List.of(new ActionUpdate("2020-12-02", "information included in report to the Board on 09.11.20")),
                got.get(3).updates(), "a date after a preposition stays in its sentence");
        assertEquals(ActionStatus.CLOSING, got.get(3).status());
    }

    @ParameterizedTest(name = "ruled: {0}")
    @ValueSource(booleans = {true, false})
    void rowBrokenByThePageIsJoinedAndKeepsItsPage(boolean ruled) throws Exception {
        List<Action> got = extract(ActionFixtures.partnershipLog(ruled).ingest(tmp, "log.pdf"));
        Action broken = got.get(4);
        assertEquals("Make arrangements to discuss the NHS budgeting regime with local authority leaders",
                broken.description());
        assertEquals(ActionStatus.CLOSING, broken.status());
        assertEquals("Proposed for closure", broken.statusText());
        assertEquals(List.of(), broken.updates(), "an empty comments cell is no updates, not unknown");
        assertEquals(1, broken.page());
        Action last = got.get(5);
        assertEquals(2, last.page());
        assertEquals(ActionStatus.CLOSED, last.status());
        assertEquals("Chair", last.owner());
        assertEquals("2020-11", last.due());
    }

    @Test
    void columnsFoundByWhatTheirHeadingsMeanNotWhereTheyStand() throws Exception {
        PdfFixture f = new PdfFixture();
        new RuledTable(40, 30f, 170f, 80f, 60f, 50f, 130f)
                .row("**No.", "**Action", "**Lead", "**Target date", "**RAG", "**Progress update")
                .row("A12", "Circulate the winter plan", "S Wood", "31/01/2021", "Amber", "Drafted; 05/01/2021 - sent")
                .draw(f, 60);
        List<Action> got = extract(f.ingest(tmp, "other-log.pdf"));
        assertEquals(1, got.size());
        Action a = got.getFirst();
        assertEquals("A12", a.ref());
        assertEquals("Circulate the winter plan", a.description());
        assertEquals("S Wood", a.owner());
        assertEquals("2021-01-31", a.due());
        assertEquals(ActionStatus.OPEN, a.status(), "amber rates work not yet done");
        assertEquals("Amber", a.statusText());
        assertNull(a.raised());
        assertNull(a.meeting(), "no date raised, no meeting: not a guess");
        assertNull(a.item());
        assertEquals(List.of(new ActionUpdate(null, "Drafted;"), new ActionUpdate("2021-01-05", "sent")), a.updates());
    }

    @Test
    void minutesAndAgendaTablesAreNotLogs() throws Exception {
        PdfFixture f = new PdfFixture();
        float y = new RuledTable(56.7f, 45f, 350f, 87f).row("**Item No.", "**Discussion", "**Action")
                .row("6", "Strategic Outline Case", "Action 31 Chair").draw(f, 60);
        new RuledTable(56.7f, 300f, 100f, 80f).row("**Item", "**Lead", "**Timings")
                .row("5. Urgent and Emergency Care", "R Sowerby", "2:25 pm").draw(f, y + 40);
        assertEquals(List.of(), extract(f.ingest(tmp, "not-logs.pdf")));
    }

    @Test
    void summaryOfActionsHeadedAboveItsFrameWithNoHeadingOverTheAction() throws Exception {
        TableFinder finder = TableFinder.standard();
        ParsedDocument doc = ActionFixtures.schoolMinutes(true).ingest(tmp, "school.pdf");
        List<Action> got = new ActionLogExtractor(finder).extract(doc, finder.find(doc), (page, y) -> BODY,
                (page, y) -> BODY + "/2022-03-21", Dehyphenator.of(doc), finder);
        assertEquals(2, got.size(), "the minutes' own table below is no log");
        Action first = got.getFirst();
        assertEquals("55/2122", first.item());
        assertEquals("Signed minutes to Headteacher for file and to website", first.description());
        assertEquals("Clerk", first.owner());
        assertNull(first.due(), "asap is no date");
        assertEquals("asap", first.dueText());
        assertEquals(BODY + "/2022-03-21", first.meeting(), "no date raised: the meeting the summary is for");
        Action second = got.get(1);
        assertEquals("Kay Dicken/Heather Poustie/Clerk", second.owner());
        assertEquals("2022-09", second.due(), "a month alone is in the meeting's year");
        assertEquals("September", second.dueText());
    }

    @Test
    void ownerNamedInTheActionWhereTheLogHasNoOwnerColumn() throws Exception {
        PdfFixture f = new PdfFixture();
        new RuledTable(40, 30f, 250f, 80f, 60f).row("**Ref", "**Action", "**Due date", "**Status")
                .row("7", "JB to circulate the winter plan", "31/01/2021", "Open")
                .row("8", "Write to the county council (Clerk)", "Next meeting", "Closed")
                .draw(f, 60);
        List<Action> got = extract(f.ingest(tmp, "no-owner-column.pdf"));
        assertEquals(List.of("JB", "Clerk"), got.stream().map(Action::owner).toList());
        assertEquals("Next meeting", got.get(1).dueText());
        assertNull(got.get(1).due());
    }

    @Test
    void aTableOfPaymentsIsNoLogThoughItHasADescriptionDateAndStatus() throws Exception {
        PdfFixture f = new PdfFixture();
        new RuledTable(40, 40f, 70f, 90f, 150f, 60f).row("**Status", "**Date", "**Payee", "**Description", "**Net")
                .row("+", "11/08/2019", "Coopers", "Grass cutting", "549.00")
                .draw(f, 60);
        assertEquals(List.of(), extract(f.ingest(tmp, "payments.pdf")));
    }

    /**
     * A log grouping its rows under rows merged across the table ({@code Actions from meeting held
     * on 12 March 2024}): the merged cell is read into the first column, the reference's, and the
     * row is a heading, not an action.
     */
    @Test
    void aSectionRowMergedAcrossTheLogIsNoAction() throws Exception {
        PdfFixture f = new PdfFixture();
        float[] widths = {40f, 250f, 80f, 70f, 60f};
        float y = new RuledTable(40, widths).row("**Ref", "**Action", "**Owner", "**Due", "**Status").draw(f, 50);
        y = new RuledTable(40, 500f).row("**Actions from meeting held on 12 March 2024").draw(f, y);
        y = new RuledTable(40, widths).row("PC01", "Share the survey results with divisional leads", "DoP",
                "30/04/2024", "Closed").draw(f, y);
        y = new RuledTable(40, 500f).row("**Actions from meeting held on 14 May 2024").draw(f, y);
        new RuledTable(40, widths).row("PC03", "Bring a deep dive on absence", "DDoP", "September 2024", "Open")
                .draw(f, y);
        List<Action> got = extract(f.ingest(tmp, "merged-sections.pdf"));
        assertEquals(List.of("PC01", "PC03"), got.stream().map(Action::ref).toList());
    }

    @Test
    void smallBoxedTablesUnderSectionHeadingsTakeTheHeaderOfTheFirst() throws Exception {
        PdfFixture f = new PdfFixture().text(40, 40, "Finance", 11, true);
        float y = new RuledTable(40, 30f, 250f, 80f, 70f, 60f).row("**Ref", "**Action", "**Owner", "**Due", "**Status")
                .row("3", "Circulate the budget monitor to all trustees", "JB", "31/03/2021", "Open").draw(f, 50);
        f.text(40, y + 30, "Governance", 11, true);
        new RuledTable(40, 30f, 250f, 80f, 70f, 60f)
                .row("4", "Review the register of interests for the new year", "Clerk", "30/04/2021", "Complete")
                .row("5", "Arrange the skills audit of trustees and report back", "MH/CC", "May 2021", "Ongoing")
                .draw(f, y + 40);
        List<Action> got = extract(f.ingest(tmp, "sections.pdf"));
        assertEquals(List.of("3", "4", "5"), got.stream().map(Action::ref).toList());
        assertEquals(List.of("JB", "Clerk", "MH/CC"), got.stream().map(Action::owner).toList());
        assertEquals(java.util.Arrays.asList("2021-03-31", "2021-04-30", "2021-05"),
                got.stream().map(Action::due).toList());
        assertEquals(List.of(ActionStatus.OPEN, ActionStatus.CLOSED, ActionStatus.OPEN),
                got.stream().map(Action::status).toList());
    }

    @Test
    void aLogWithNoHeaderAnywhereIsReadByWhatItsCellsHold() throws Exception {
        PdfFixture f = new PdfFixture().text(40, 40, "Outstanding actions", 11, true);
        new RuledTable(40, 30f, 250f, 80f, 60f)
                .row("12", "Write to the county council about the footpath", "Clerk", "Open")
                .row("13", "Obtain three quotes for the bus shelter repairs", "Cllr Smith", "Closed")
                .draw(f, 50);
        List<Action> got = extract(f.ingest(tmp, "headerless.pdf"));
        assertEquals(List.of("12", "13"), got.stream().map(Action::ref).toList());
        assertEquals("Write to the county council about the footpath", got.getFirst().description());
        assertEquals(List.of("Clerk", "Cllr Smith"), got.stream().map(Action::owner).toList());
        assertEquals(List.of(ActionStatus.OPEN, ActionStatus.CLOSED), got.stream().map(Action::status).toList());
    }

    @Test
    void aTableOfNamesAndMarksIsNoHeaderlessLog() throws Exception {
        PdfFixture f = new PdfFixture();
        new RuledTable(40, 150f, 40f, 40f, 200f)
                .row("Heather Poustie", "P", "P", "Arrived late because of a meeting elsewhere")
                .row("Kay Dicken", "P", "A", "Sent apologies by email before the meeting")
                .draw(f, 50);
        assertEquals(List.of(), extract(f.ingest(tmp, "grid.pdf")));
    }

    @Test
    void aRuledLogGoesOnOverThePageWithoutItsHeader() throws Exception {
        PdfFixture f = new PdfFixture();
        new RuledTable(40, 30f, 250f, 80f, 70f, 60f).row("**Ref", "**Action", "**Owner", "**Due", "**Status")
                .row("3", "Circulate the budget monitor to all trustees", "JB", "31/03/2021", "Open").draw(f, 700);
        f.newPage();
        new RuledTable(40, 30f, 250f, 80f, 70f, 60f)
                .row("4", "Review the register of interests for the new year", "Clerk", "30/04/2021", "Closed")
                .draw(f, 60);
        List<Action> got = extract(f.ingest(tmp, "over-page.pdf"));
        assertEquals(List.of("3", "4"), got.stream().map(Action::ref).toList());
        assertEquals(List.of(1, 2), got.stream().map(Action::page).toList());
        assertEquals("Clerk", got.get(1).owner());
    }
}
