package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.PackExtractor;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.fixtures.RuledTable;
import org.boardpack.model.PackRecord;
import org.boardpack.model.actions.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An action log dated for its meeting by an {@code Updated:} field, its closed actions in a second
 * table without a header row, ruled into columns of its own: every row is the log's, none is read
 * as a minutes grid's action column (the closed table's status cells are no owners).
 */
class MinutesActionRecordsTest {

    @TempDir
    Path tmp;

    @Test
    void anActionLogDatedForItsMeetingIsReadAsALogOnly() throws Exception {
        PdfFixture f = new PdfFixture().landscape()
                .text(40, 50, "Trust Board (Public) – Action Log", 14, true)
                .text(40, 70, "Updated: 2 February 2024", 10, false);
        float[] widths = {60f, 60f, 90f, 220f, 110f, 70f, 110f, 50f};
        float bottom = new RuledTable(40, widths)
                .row("**Ref", "**Date raised", "**Item", "**Action", "**Lead", "**Due date", "**Status / Update", "**RAG")
                .row("TB/24/08", "11/01/2024", "Workforce Report", "Set out the agency spend trajectory",
                        "Director of Workforce", "March 2024", "On track", "Green")
                .draw(f, 90);
        f.text(40, bottom + 30, "Completed actions", 12, true);
        // a browser lays each table out on its own: the closed table's columns stand elsewhere
        new RuledTable(40, 55f, 60f, 75f, 230f, 120f, 75f, 100f, 55f)
                .row("TB/23/30", "06/07/2023", "Annual Report", "Publish the annual report on the website",
                        "Director of Corporate Affairs", "September 2023", "Completed 14/09/23", "Complete")
                .row("TB/23/36", "07/09/2023", "Winter Plan", "Circulate the final winter plan",
                        "Chief Operating Officer", "October 2023", "Circulated 20/10/23.", "Closed")
                .draw(f, bottom + 45);
        PackRecord r = new PackExtractor().extract(f.ingest(tmp, "log.pdf"), "log.pdf");
        assertEquals(List.of("trust-board/2024-02-02"), r.meetings().stream().map(m -> m.id()).toList());
        assertEquals(List.of("ACTION_LOG"), r.actions().stream().map(a -> a.source().name()).distinct().toList(),
                r.actions().toString());
        assertEquals(List.of("TB/24/08", "TB/23/30", "TB/23/36"), r.actions().stream().map(Action::ref).toList());
    }

    /**
     * Minutes set as a grid with a task, an owner and a deadline column ({@code No. | Discussion |
     * Action | Lead | Deadline}) name every column a log does: the table is still read once, as the
     * minutes' actions, not again as an action log (no duplicates, no row of a number alone).
     */
    @Test
    void aMinutesGridWithOwnerAndDeadlineColumnsIsReadOnceAsMinutes() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(40, 50, "Minutes of the Finance Committee held on 5 March 2024", 14, true)
                .text(40, 70, "Present: Alan Brown (Chair), Carol Dean, Ian Jones", 10, false);
        new RuledTable(30, 30f, 230f, 150f, 55f, 70f).row("**No.", "**Discussion", "**Action", "**Lead", "**Deadline")
                .row("**1", "**Apologies\nNone received.", "", "", "")
                .row("**2", "**Management accounts\nThe accounts to 31 January were reviewed.",
                        "Circulate the variance\nanalysis", "IJ", "15/03/2024")
                .row("**3", "**Reserves policy\nThe reserves target was discussed.", "Draft a revised reserves\npolicy",
                        "CD", "June 2024")
                .draw(f, 90);
        PackRecord r = new PackExtractor().extract(f.ingest(tmp, "grid.pdf"), "grid.pdf");
        assertEquals(List.of("MINUTES"), r.actions().stream().map(a -> a.source().name()).distinct().toList(),
                r.actions().toString());
        assertEquals(List.of("Circulate the variance analysis", "Draft a revised reserves policy"),
                r.actions().stream().map(Action::description).toList());
        assertEquals(List.of("IJ", "CD"), r.actions().stream().map(Action::owner).toList());
    }

    /**
     * A minutes grid headed {@code Item | Minute | Action required | Lead | Target date} names a
     * log's columns; its {@code Minute} column holding more text than the action column makes it
     * minutes, read once as the minutes' actions.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aMinuteColumnWiderThanTheActionsMakesMinutesNotALog(boolean ruled) throws Exception {
        PdfFixture f = new PdfFixture()
                .text(40, 50, "Minutes of the Audit Committee held on 12 June 2024", 14, true)
                .text(40, 70, "Present: Helen Carter (Chair), Peter Long, Robert Singh", 10, false);
        RuledTable grid = new RuledTable(30, 30f, 230f, 130f, 55f, 80f);
        (ruled ? grid : grid.unruled())
                .row("**Item", "**Minute", "**Action required", "**Lead", "**Target date")
                .row("**1", "**Internal audit progress\nFour reviews had been completed since the\nlast meeting, two "
                        + "with limited assurance.\nMembers asked for responses to be tracked.",
                        "Track the limited\nassurance reviews", "PL", "September 2024")
                .row("**2", "**Risk register\nThe committee reviewed the corporate risk\nregister and the cyber "
                        + "risk score.", "Review the cyber risk\nscore", "RS", "Next meeting")
                .draw(f, 90);
        PackRecord r = new PackExtractor().extract(f.ingest(tmp, "minute.pdf"), "minute.pdf");
        assertEquals(List.of("MINUTES"), r.actions().stream().map(a -> a.source().name()).distinct().toList(),
                r.actions().toString());
        assertEquals(List.of("Track the limited assurance reviews", "Review the cyber risk score"),
                r.actions().stream().map(Action::description).toList());
    }
}
