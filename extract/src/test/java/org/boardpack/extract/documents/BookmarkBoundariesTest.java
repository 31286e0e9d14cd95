package org.boardpack.extract.documents;

import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.ingest.OutlineEntry;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookmarkBoundariesTest {

    private static final DocumentType AGENDA = DocumentType.AGENDA;
    private static final DocumentType REPORT = DocumentType.REPORT;

    @TempDir
    Path tmp;

    private int made;

    /**
     * An agenda over two pages, then {@code prose} pages no cue tells apart, then (if {@code cover})
     * a cover sheet and the one page of report it covers.
     */
    private Path pack(int prose, boolean cover) throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(200, 60, "Partnership Board", 16, true).text(200, 80, "Agenda", 14, true)
                .text(200, 100, "9 December 2020").text(200, 116, "3pm to 6pm")
                .text(60, 150, "Item", 11, true).text(330, 150, "Lead", 11, true)
                .newPage().text(60, 80, "The agenda continues with the forward plan for the year ahead.");
        for (int i = 0; i < prose; i++) {
            pdf.newPage().text(60, 80, "Income for the month was in line with the budget set in March.")
                    .text(60, 96, "Spending on agency staff fell for the third month running.");
        }
        if (cover) {
            pdf.newPage().text(60, 80, "Report title: Workforce and Recruitment").text(60, 96, "Presented by: Director of People")
                    .text(60, 112, "Purpose of the report: to note progress on recruitment.")
                    .newPage().text(60, 80, "Vacancies fell to six per cent, the lowest for two years.");
        }
        String name = "pack-" + (++made) + ".pdf";
        pdf.ingest(tmp, name);
        return tmp.resolve(name);
    }

    private List<DocumentSpan> segment(Path pdf, OutlineEntry... marks) throws Exception {
        ParsedDocument doc = BookmarkedPdf.of(pdf, tmp.resolve("bookmarked-" + (++made) + ".pdf"), List.of(marks));
        return new DocumentSegmenter(new DateParser()).segment(doc);
    }

    private static OutlineEntry mark(String title, int page) {
        return new OutlineEntry(title, page, 0);
    }

    @Test
    void aBookmarkStartsAPaperNoPageCueShows() throws Exception {
        List<DocumentSpan> spans = segment(pack(1, false), mark("Agenda", 1), mark("Finance Report Month 8", 3));
        assertEquals(List.of(
                new DocumentSpan(AGENDA, "Agenda", 1, 2),
                new DocumentSpan(REPORT, "Finance Report Month 8", 3, 3)), spans);
    }

    @Test
    void withoutBookmarksTheCuesAloneRunTheProseOnAsTheAgenda() throws Exception {
        List<DocumentSpan> spans = segment(pack(1, false));
        assertEquals(List.of(new DocumentSpan(AGENDA, null, 1, 3)), spans);
    }

    @Test
    void theFirstPagesCueGivesTheTypeAndTheBookmarkTheTitle() throws Exception {
        // the words say "papers" (a report), the page's layout says agenda: the layout wins
        List<DocumentSpan> spans = segment(pack(1, false), mark("Papers for the meeting", 1), mark("Finance Report", 3));
        assertEquals(new DocumentSpan(AGENDA, "Papers for the meeting", 1, 2), spans.getFirst());
    }

    @Test
    void withoutACueTheBookmarksWordsGiveTheType() throws Exception {
        List<DocumentSpan> spans = segment(pack(3, false), mark("Agenda", 1),
                mark("Minutes of the Audit Committee", 3), mark("Appendix B: Risk Register", 4), mark("Work Programme 2021", 5));
        assertEquals(List.of(
                new DocumentSpan(AGENDA, "Agenda", 1, 2),
                new DocumentSpan(DocumentType.MINUTES, "Minutes of the Audit Committee", 3, 3),
                new DocumentSpan(DocumentType.APPENDIX, "Appendix B: Risk Register", 4, 4),
                new DocumentSpan(DocumentType.OTHER, "Work Programme 2021", 5, 5)), spans);
    }

    @Test
    void aCoverSheetAndItsReportUnderOneBookmarkStayTwoPapers() throws Exception {
        List<DocumentSpan> spans = segment(pack(1, true), mark("Agenda", 1), mark("Finance Report", 3),
                mark("Workforce and Recruitment", 4));
        assertEquals(List.of(AGENDA, REPORT, DocumentType.COVER_SHEET, REPORT), spans.stream().map(DocumentSpan::type).toList());
        assertEquals(List.of(1, 3, 4, 5), spans.stream().map(DocumentSpan::firstPage).toList());
        assertEquals("Workforce and Recruitment", spans.get(2).title());
    }

    @Test
    void underOneEntryWrappingThePackThePapersAreItsChildren() throws Exception {
        List<DocumentSpan> spans = segment(pack(2, false), new OutlineEntry("Board pack, 9 December 2020", 1, 0),
                new OutlineEntry("Agenda", 1, 1), new OutlineEntry("Finance Report", 3, 1),
                new OutlineEntry("Income", 3, 2), new OutlineEntry("Spending", 4, 2),
                new OutlineEntry("Quality Report", 4, 1));
        assertEquals(List.of(
                new DocumentSpan(AGENDA, "Agenda", 1, 2),
                new DocumentSpan(REPORT, "Finance Report", 3, 3),
                new DocumentSpan(REPORT, "Quality Report", 4, 4)), spans);
    }

    @Test
    void bookmarksGoingBackAreIgnored() throws Exception {
        List<DocumentSpan> spans = segment(pack(2, false), mark("Agenda", 1), mark("Finance", 4), mark("Minutes", 3));
        assertEquals(List.of(new DocumentSpan(AGENDA, null, 1, 4)), spans);
    }

    @Test
    void bookmarksRepeatingAPageAreIgnored() throws Exception {
        List<DocumentSpan> spans = segment(pack(2, false), mark("Agenda", 1), mark("Finance", 3), mark("Quality", 3));
        assertEquals(List.of(new DocumentSpan(AGENDA, null, 1, 4)), spans);
    }

    @Test
    void bookmarksCoveringLessThanHalfThePackAreIgnored() throws Exception {
        // six pages, bookmarks from page 5: two pages covered
        List<DocumentSpan> spans = segment(pack(4, false), mark("Finance Report", 5), mark("Quality Report", 6));
        assertEquals(List.of(new DocumentSpan(AGENDA, null, 1, 6)), spans);
    }

    @Test
    void aSingleBookmarkIsNoOutlineOfPapers() throws Exception {
        List<DocumentSpan> spans = segment(pack(2, false), mark("Finance Report", 3));
        assertEquals(List.of(new DocumentSpan(AGENDA, null, 1, 4)), spans);
    }

    /** A paper ending part-way down its last page shares it with the next: the bookmark there is the next paper's. */
    @Test
    void aBookmarkOnAPageTwoPapersShareIsTheNextPapersAndCutsNothing() {
        List<DocumentSpan> spans = List.of(
                new DocumentSpan(AGENDA, null, 1, 2, null, null, 120f),
                new DocumentSpan(DocumentType.MINUTES, null, 2, 3, null, 120f, null));
        List<DocumentSpan> out = new BookmarkBoundaries().apply(spans, List.of(java.util.Optional.of(AGENDA),
                        java.util.Optional.of(DocumentType.MINUTES), java.util.Optional.empty()),
                List.of(mark("Agenda", 1), mark("Minutes", 2)), 3);
        assertEquals(List.of(AGENDA, DocumentType.MINUTES), out.stream().map(DocumentSpan::type).toList());
        assertEquals(List.of(2, 3), out.stream().map(DocumentSpan::lastPage).toList());
        assertEquals(List.of("Agenda", "Minutes"), out.stream().map(DocumentSpan::title).toList());
    }
}
