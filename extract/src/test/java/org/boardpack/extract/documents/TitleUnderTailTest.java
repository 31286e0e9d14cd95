package org.boardpack.extract.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drawn: minutes that run onto a second page, where their last lines stand over the title of the
 * next paper (another meeting's minutes, an agenda). The next paper opens at its title, the lines
 * above staying with the minutes; under a letterhead alone it has the page from its top.
 */
class TitleUnderTailTest {

    @TempDir
    Path tmp;

    private static PdfFixture minutesThenTail() {
        return new PdfFixture()
                .text(72, 60, "Minutes of the meeting of the Harbour Trust Board held on 5 November 2019", 12, true)
                .text(72, 85, "Present: A Smith (Chair), B Jones, C Brown")
                .text(72, 110, "1. Finance")
                .text(90, 125, "The Board noted the budget monitor for the second quarter.")
                .newPage()
                .text(72, 60, "2. Date of next meeting")
                .text(90, 75, "The next meeting will be held on Tuesday 14 January 2020 at the Harbour Office.");
    }

    private List<DocumentSpan> papers(PdfFixture pdf) throws Exception {
        return new DocumentSegmenter(new DateParser()).segment(pdf.ingest(tmp, "pack.pdf"));
    }

    private static void sharedAtTheTitle(List<DocumentSpan> papers, DocumentType next) {
        assertEquals(List.of(DocumentType.MINUTES, next), papers.stream().map(DocumentSpan::type).toList());
        DocumentSpan before = papers.get(0);
        DocumentSpan after = papers.get(1);
        assertEquals(List.of(2, 2), List.of(before.lastPage(), after.firstPage()));
        assertNotNull(after.startY(), "the paper opens at its title, not at the page's top");
        assertEquals(after.startY(), before.endY());
    }

    @Test
    void minutesTitledUnderTheLastLinesOfOtherMinutesOpenAtTheirTitle() throws Exception {
        PdfFixture pdf = minutesThenTail()
                .text(72, 110, "Minutes of the meeting of the Finance Committee held on 3 December 2019", 12, true)
                .text(72, 135, "Present: D Green (Chair), E White, F Black")
                .text(72, 160, "1. Apologies")
                .text(90, 175, "Apologies were received from G Grey.");
        sharedAtTheTitle(papers(pdf), DocumentType.MINUTES);
    }

    @Test
    void anAgendaTitledUnderTheLastLinesOfTheMinutesOpensAtItsTitle() throws Exception {
        PdfFixture pdf = minutesThenTail()
                .text(250, 110, "AGENDA", 14, true)
                .text(72, 130, "Meeting of the Harbour Trust Board, Tuesday 14 January 2020 at 6.00pm")
                .text(72, 155, "1. Apologies for absence")
                .text(72, 170, "2. Minutes of the last meeting")
                .text(72, 185, "3. Finance report");
        sharedAtTheTitle(papers(pdf), DocumentType.AGENDA);
    }

    @Test
    void aTitleWhoseHeadPrintsNoDateNorAttendanceOpensNothingPartWay() throws Exception {
        PdfFixture pdf = minutesThenTail()
                .text(250, 110, "AGENDA", 14, true)
                .text(72, 135, "1. Apologies for absence")
                .text(72, 150, "2. Minutes of the last meeting")
                .text(72, 165, "3. Finance report");
        List<DocumentSpan> papers = papers(pdf);
        assertEquals(List.of(DocumentType.MINUTES, DocumentType.AGENDA), papers.stream().map(DocumentSpan::type).toList());
        assertNull(papers.get(1).startY(), "no head evidence: the page is not shared at the title");
    }

    @Test
    void underALetterheadAloneThePaperHasThePageFromItsTop() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(72, 60, "Minutes of the meeting of the Harbour Trust Board held on 5 November 2019", 12, true)
                .text(72, 85, "Present: A Smith (Chair), B Jones, C Brown")
                .text(72, 110, "1. Finance")
                .text(90, 125, "The Board noted the budget monitor for the second quarter.")
                .newPage()
                .text(72, 60, "FINANCE COMMITTEE", 12, true)
                .text(72, 110, "Minutes of the meeting of the Finance Committee held on 3 December 2019", 12, true)
                .text(72, 135, "Present: D Green (Chair), E White, F Black")
                .text(72, 160, "1. Apologies");
        List<DocumentSpan> papers = papers(pdf);
        assertEquals(List.of(1, 2), papers.stream().map(DocumentSpan::firstPage).toList());
        assertNull(papers.get(1).startY());
    }

    /** Minutes still open go on under an item of theirs headed like minutes: new minutes list who attended. */
    @Test
    void anItemHeadedMinutesAndActionsInMinutesStillOpenOpensNoPaper() throws Exception {
        PdfFixture pdf = minutesThenTail()
                .text(72, 110, "Minutes & Actions of the meeting held on 3 October 2019", 12, true)
                .text(90, 125, "The minutes were approved and all actions were reported complete.");
        List<DocumentSpan> papers = papers(pdf);
        assertEquals(List.of(DocumentType.MINUTES), papers.stream().map(DocumentSpan::type).toList());
    }
}
