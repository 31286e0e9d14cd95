package org.boardpack.extract.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.boardpack.extract.context.DocumentContext;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.fixtures.RuledTable;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.extract.meetings.PaperMeetings;
import org.boardpack.extract.minutes.MinutesWalker;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.TableFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgendaRecordsTest {

    private final AgendaRecords records = new AgendaRecords(
            new AgendaItemExtractor(CellSplitter.standard(), new PageFurniture(), new TimeParser()));

    @TempDir
    Path tmp;

    /** Page 1 an agenda, page 2 minutes; the minutes record {@code minutesMeeting}. */
    private List<String> items(String minutesMeeting) throws Exception {
        return items(minutesMeeting, DocumentType.MINUTES);
    }

    private List<String> items(String minutesMeeting, DocumentType secondPaper) throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(200, 60, "Agenda", 14, true)
                .bold(60, 100, "1.").bold(100, 100, "Apologies for absence")
                .bold(60, 125, "2.").bold(100, 125, "Finance report")
                .newPage()
                .text(200, 60, "Minutes", 14, true)
                .bold(60, 100, "1.").bold(100, 100, "Apologies")
                .text(100, 115, "Apologies were received from Cllr Smith.")
                .bold(60, 140, "2.").bold(100, 140, "Finance")
                .text(100, 155, "The report was noted.")
                .bold(60, 180, "3.").bold(100, 180, "Any other business")
                .text(100, 195, "There was none.")
                .ingest(tmp, "pack.pdf");
        DocumentSpan agenda = new DocumentSpan(DocumentType.AGENDA, null, 1, 1, "board/2020-02-01");
        DocumentSpan minutes = new DocumentSpan(secondPaper, null, 2, 2, minutesMeeting);
        PaperMeetings.Result met = new PaperMeetings.Result(List.of(agenda, minutes), Map.of(), "board/2020-02-01",
                List.of(minutes));
        DocumentContext context = new DocumentContext(doc, met, TableFinder.standard(),
                new MinutesWalker(CellSplitter.standard(), new PageFurniture()));
        return records.extract(context).stream().map(a -> a.meeting() + " " + a.number() + " " + a.title()).toList();
    }

    @Test
    void aMinutesGridsSubjectCellIsItsItemsTitle() throws Exception {
        // Item | Subject | Discussion | Decision: the line across a row is not the item's title
        PdfFixture f = new PdfFixture().text(60, 60, "Minutes of the Finance Committee", 14, true);
        new RuledTable(50, 40f, 150f, 170f, 140f)
                .row("**Item", "**Subject", "**Discussion", "**Decision")
                .row("1", "Apologies", "Apologies were received from\nCllr D Ford.", "Noted.")
                .row("2", "Treasury Management\nMid-Year Review", "The Section 151 Officer\npresented the review.",
                        "The Committee noted the\nreport.")
                .draw(f, 90);
        ParsedDocument doc = f.ingest(tmp, "grid.pdf");
        DocumentSpan minutes = new DocumentSpan(DocumentType.MINUTES, null, 1, 1, "finance/2023-10-03");
        PaperMeetings.Result met = new PaperMeetings.Result(List.of(minutes), Map.of(), "finance/2023-10-03",
                List.of(minutes));
        DocumentContext context = new DocumentContext(doc, met, TableFinder.standard(),
                new MinutesWalker(CellSplitter.standard(), new PageFurniture()));
        assertEquals(List.of("1 Apologies", "2 Treasury Management Mid-Year Review"),
                records.extract(context).stream().map(a -> a.number() + " " + a.title()).toList());
    }

    @Test
    void minutesOfThePreviousMeetingGiveThatMeetingsItems() throws Exception {
        assertEquals(List.of("board/2020-02-01 1 Apologies for absence", "board/2020-02-01 2 Finance report",
                "board/2020-01-01 1 Apologies", "board/2020-01-01 2 Finance", "board/2020-01-01 3 Any other business"),
                items("board/2020-01-01"));
    }

    @Test
    void anItemOfTheAgendaAndOfTheMinutesOfTheSameMeetingIsOneItem() throws Exception {
        assertEquals(List.of("board/2020-02-01 1 Apologies for absence", "board/2020-02-01 2 Finance report",
                "board/2020-02-01 3 Any other business"), items("board/2020-02-01"));
    }

    @Test
    void aReportToAMeetingNumbersItsSectionsNotTheMeetingsItems() throws Exception {
        assertEquals(List.of("board/2020-02-01 1 Apologies for absence", "board/2020-02-01 2 Finance report"),
                items("board/2020-01-01", DocumentType.OTHER));
    }
}
