package org.boardpack.extract.actions;

import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.actions.ActionUpdate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.fixtures.RuledTable;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.TableFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NHS-style Word logs: a {@code Status / Update} column beside a RAG column, merged key cells, a printed RAG key. */
class ActionLogRatingsTest {

    @TempDir
    Path tmp;

    private static List<Action> extract(ParsedDocument doc) {
        TableFinder finder = TableFinder.standard();
        return new ActionLogExtractor(finder).extract(doc, finder.find(doc), page -> "trust-board");
    }

    private static RuledTable log() {
        return new RuledTable(30, 55f, 60f, 70f, 120f, 70f, 55f, 110f, 40f)
                .row("**Ref", "**Date raised", "**Item", "**Action", "**Lead", "**Due date", "**Status / Update", "**RAG");
    }

    @Test
    void statusUpdateColumnGivesDatedUpdatesAndTheRatingGivesTheStatus() throws Exception {
        PdfFixture f = new PdfFixture();
        log().row("TB/41", "07/09/2023", "Performance", "Provide a breakdown of waiters", "COO", "30/11/2023",
                        "12/01/24: sent", "Amber")
                .row("TB/47", "02/11/2023", "Maternity", "Confirm the submission", "Chief Nurse", "01/02/2024",
                        "Propose closure", "Green")
                .draw(f, 60);
        List<Action> got = extract(f.ingest(tmp, "rag-log.pdf"));
        assertEquals(2, got.size());
        Action first = got.getFirst();
        assertEquals(List.of(new ActionUpdate("2024-01-12", "sent")), first.updates());
        assertEquals("Amber", first.statusText(), "the update says no status: the rating does");
        assertEquals(ActionStatus.OPEN, first.status());
        assertEquals("Propose closure", got.get(1).statusText(), "status words beat the colour");
        assertEquals(ActionStatus.CLOSING, got.get(1).status());
    }

    /**
     * A {@code Status / Update} cell that only states the status ({@code On track}, {@code Not yet
     * due}) is the action's status and no update; a note with a date or more to say is an update.
     */
    @Test
    void aStatusUpdateCellThatOnlyStatesTheStatusIsNoUpdate() throws Exception {
        PdfFixture f = new PdfFixture();
        log().row("TB/50", "07/12/2023", "BAF", "Review the risk appetite", "DCA", "Q4 2023/24", "On track", "Green")
                .row("TB/52", "07/12/2023", "Estates", "Bring the business case", "DoS", "May 2024", "Not yet due", "")
                .row("TB/53", "07/12/2023", "Finance", "Share the trajectory", "CFO", "31/01/2024",
                        "Delayed pending\nICB guidance", "Red")
                .draw(f, 60);
        List<Action> got = extract(f.ingest(tmp, "status-only.pdf"));
        assertEquals(List.of(List.of(), List.of(), List.of(new ActionUpdate(null, "Delayed pending ICB guidance"))),
                got.stream().map(Action::updates).toList());
        assertEquals(List.of("On track", "Not yet due", "Delayed pending ICB guidance"),
                got.stream().map(Action::statusText).toList());
        assertEquals(List.of(ActionStatus.OPEN, ActionStatus.OPEN, ActionStatus.OPEN),
                got.stream().map(Action::status).toList());
    }

    @Test
    void aRowUnderMergedKeyCellsTakesThem() throws Exception {
        PdfFixture f = new PdfFixture();
        log().row("TB/44", "02/11/2023", "Speak Up", "Arrange a session", "DoW",
                        "March 2024", "Session booked", "Green")
                .row("", "", "", "Add themes to report", "DoW", "April 2024",
                        "On track", "Green")
                .draw(f, 60);
        List<Action> got = extract(f.ingest(tmp, "merged-log.pdf"));
        assertEquals(2, got.size());
        Action second = got.get(1);
        assertEquals("TB/44", second.ref());
        assertEquals("Speak Up", second.item());
        assertEquals("2023-11-02", second.raised());
        assertEquals("Add themes to report", second.description());
    }

    @Test
    void theLogsPrintedKeyDefinesItsColours() throws Exception {
        PdfFixture f = new PdfFixture();
        f.text(30, 50, "Key: Green = Complete; Amber = On track; Red = Overdue");
        new RuledTable(30, 55f, 160f, 90f, 70f, 50f)
                .row("**Ref", "**Action", "**Lead", "**Due date", "**RAG")
                .row("1", "Publish the annual report", "Chair", "30/09/2023", "Green")
                .row("2", "Review the risk appetite", "Chair", "31/03/2024", "Red")
                .draw(f, 70);
        List<Action> got = extract(f.ingest(tmp, "keyed-log.pdf"));
        assertEquals(List.of(ActionStatus.CLOSED, ActionStatus.OPEN), got.stream().map(Action::status).toList());
    }
}
