package org.boardpack.extract.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.PackExtractor;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.fixtures.RuledTable;
import org.boardpack.model.PackRecord;
import org.boardpack.model.actions.Action;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drawn: a pack for the January meeting (its agenda), the minutes of the November meeting, and
 * under their close on the same page the action log, whose rows print no date raised. The log
 * opens its own paper part-way down the page, and its actions are the pack's meeting's, not the
 * minutes'. Without the minutes' close the same title and table are the minutes' own.
 */
class LogOpeningTest {

    private static final String PACK_MEETING = "harbour-trust-board/2020-01-14";
    private static final String MINUTES_MEETING = "harbour-trust-board/2019-11-05";

    @TempDir
    Path tmp;

    private static PdfFixture pack(boolean closed, String title) {
        return pack(closed, title, 12, null, "**Status");
    }

    /**
     * The pack with the log's title drawn at {@code titleSize}, a line under it ({@code subtitle},
     * none when null) and the header row's last column headed {@code lastColumn}.
     */
    private static PdfFixture pack(boolean closed, String title, float titleSize, String subtitle, String lastColumn) {
        PdfFixture f = new PdfFixture()
                .text(200, 60, "HARBOUR TRUST BOARD", 14, true)
                .text(57, 85, "Members of the Board are hereby summoned to attend a meeting of the Harbour Trust Board")
                .text(57, 99, "to be held at the Harbour Office on Tuesday 14 January 2020 at 6.00pm.")
                .text(270, 125, "AGENDA", 12, true)
                .text(62, 150, "1.").text(100, 150, "Apologies for absence")
                .text(62, 170, "2.").text(100, 170, "Minutes of the last meeting")
                .text(62, 190, "3.").text(100, 190, "Action log")
                .text(62, 210, "4.").text(100, 210, "Finance report")
                .newPage()
                .text(57, 60, "Minutes of the meeting of the Harbour Trust Board held on 5 November 2019 at 6.00 pm", 11, true)
                .text(57, 86, "Present: A Smith (Chair), B Jones, C Brown, D Green")
                .text(57, 101, "In attendance: E White (Clerk)")
                .bold(57, 125, "1.").bold(90, 125, "Apologies")
                .text(90, 140, "Apologies were received from F Black.")
                .bold(57, 165, "2.").bold(90, 165, "Finance")
                .text(90, 180, "It was resolved that the budget for 2020 be approved.")
                .bold(57, 205, "3.").bold(90, 205, "Slipway")
                .text(90, 220, "The Board noted the surveyor's report on the slipway.")
                .bold(57, 245, "4.").bold(90, 245, "Date of next meeting")
                .text(90, 260, "Tuesday 14 January 2020.");
        if (closed) {
            f.text(57, 285, "The meeting closed at 8.15 pm.");
        }
        f.text(57, 318, title, titleSize, true);
        if (subtitle != null) {
            f.text(57, 334, subtitle);
        }
        new RuledTable(57, 30f, 250f, 80f, 70f, 60f).row("**Ref", "**Action", "**Owner", "**Due", lastColumn)
                .row("1", "Circulate the budget monitor to all trustees", "B Jones", "31/01/2020", "Open")
                .row("2", "Obtain three quotes for the slipway repairs", "E White", "28/02/2020", "Open")
                .draw(f, 350);
        return f;
    }

    private List<DocumentSpan> papers(PdfFixture pdf) throws Exception {
        return new DocumentSegmenter(new DateParser()).segment(pdf.ingest(tmp, "pack.pdf"));
    }

    @Test
    void anActionLogTitledUnderTheMinutesCloseOpensItsOwnPaperThere() throws Exception {
        for (String title : List.of("Action Log", "Actions arising from previous meetings")) {
            List<DocumentSpan> papers = papers(pack(true, title));
            assertEquals(List.of(DocumentType.AGENDA, DocumentType.MINUTES, DocumentType.ACTION_LOG),
                    papers.stream().map(DocumentSpan::type).toList(), title);
            DocumentSpan minutes = papers.get(1);
            DocumentSpan log = papers.get(2);
            assertEquals(List.of(2, 2), List.of(minutes.lastPage(), log.firstPage()));
            assertNotNull(log.startY());
            assertEquals(log.startY(), minutes.endY());
            assertEquals(title, log.title());
        }
    }

    @Test
    void aLogTitledInThePagesFirstLinesUnderTheMinutesCloseOpensThereNotAtThePagesTop() throws Exception {
        PdfFixture pdf = pack(false, "Summary of actions").newPage()
                .text(90, 60, "The Board thanked the Clerk for the report on the harbour dues.")
                .text(57, 85, "The meeting closed at 9.40 pm.")
                .text(57, 130, "Action Log", 12, true);
        new RuledTable(57, 30f, 250f, 80f, 70f, 60f).row("**Ref", "**Action", "**Owner", "**Due", "**Status")
                .row("1", "Write to the harbour master about the moorings", "E White", "31/01/2020", "Open")
                .draw(pdf, 150);
        List<DocumentSpan> papers = papers(pdf);
        assertEquals(List.of(DocumentType.AGENDA, DocumentType.MINUTES, DocumentType.ACTION_LOG),
                papers.stream().map(DocumentSpan::type).toList());
        DocumentSpan last = papers.getLast();
        DocumentSpan before = papers.get(1);
        assertEquals(3, last.firstPage());
        assertNotNull(last.startY(), "the log opens under the close, not at the page's top");
        assertEquals(3, before.lastPage());
        assertEquals(last.startY(), before.endY());
    }

    @Test
    void aLogHeadedInsideTheMinutesBeforeTheirCloseIsTheMinutes() throws Exception {
        assertEquals(List.of(DocumentType.AGENDA, DocumentType.MINUTES),
                papers(pack(false, "Action Log")).stream().map(DocumentSpan::type).toList());
    }

    @Test
    void theLogsActionsAreForThePacksMeetingNotTheMinutesAbove() throws Exception {
        PackRecord r = new PackExtractor().extract(pack(true, "Action Log").ingest(tmp, "pack.pdf"), "pack.pdf");
        List<Action> logged = r.actions().stream().filter(a -> a.ref() != null).toList();
        assertFalse(logged.isEmpty());
        assertEquals(List.of(PACK_MEETING), logged.stream().map(Action::meeting).distinct().toList());
    }

    /** Minutes that never record their close end where a log's own head shows a paper of its own. */
    @Test
    void aLogHeadedAsAPaperOfItsOwnOpensUnderMinutesThatNeverClose() throws Exception {
        List<PdfFixture> packs = List.of(
                pack(false, "Action Log", 16, "Harbour Trust Board – updated 6 January 2020", "**Status"),
                pack(false, "Action Log", 12, null, "**Date raised"));
        for (PdfFixture pdf : packs) {
            List<DocumentSpan> papers = papers(pdf);
            assertEquals(List.of(DocumentType.AGENDA, DocumentType.MINUTES, DocumentType.ACTION_LOG),
                    papers.stream().map(DocumentSpan::type).toList());
            assertEquals(papers.get(2).startY(), papers.get(1).endY());
        }
    }

    /**
     * The minutes' own summary of their actions, headed in their own type though dated, or in
     * heading type with no date of its own, is theirs; so is an item headed {@code Minutes & Actions}.
     */
    @Test
    void aLogHeadingWithoutANewPapersHeadStaysInMinutesThatNeverClose() throws Exception {
        List<PdfFixture> packs = List.of(
                pack(false, "Actions arising from the meeting of 5 November 2019", 11, null, "**Status"),
                pack(false, "Action Log", 16, null, "**Status"),
                pack(false, "Minutes & Actions", 16, "Harbour Trust Board – 5 November 2019", "**Status"));
        for (PdfFixture pdf : packs) {
            assertEquals(List.of(DocumentType.AGENDA, DocumentType.MINUTES),
                    papers(pdf).stream().map(DocumentSpan::type).toList());
        }
    }
}
