package org.boardpack.extract.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookmarkBoundariesTest {

    @TempDir
    Path tmp;

    /** An agenda, then two pages of plain prose: no page cue says a second paper starts on page 3. */
    private Path pack() throws Exception {
        new PdfFixture()
                .text(200, 60, "Partnership Board", 16, true).text(200, 80, "Agenda", 14, true)
                .text(200, 100, "9 December 2020").text(200, 116, "3pm to 6pm")
                .text(60, 150, "Item", 11, true).text(330, 150, "Lead", 11, true)
                .newPage().text(60, 80, "The agenda continues with the forward plan for the year ahead.")
                .newPage().text(60, 80, "Income for the month was in line with the budget set in March.")
                .ingest(tmp, "pack.pdf");
        return tmp.resolve("pack.pdf");
    }

    private ParsedDocument withBookmarks(Path file, String[] titles, int[] pages) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDDocumentOutline outline = new PDDocumentOutline();
            pdf.getDocumentCatalog().setDocumentOutline(outline);
            for (int i = 0; i < titles.length; i++) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(titles[i]);
                PDPageFitDestination dest = new PDPageFitDestination();
                dest.setPage(pdf.getPage(pages[i] - 1));
                item.setDestination(dest);
                outline.addLast(item);
            }
            Path out = tmp.resolve("bookmarked-" + titles.length + "-" + pages[pages.length - 1] + ".pdf");
            pdf.save(out.toFile());
            return new FileIngester().ingest(out);
        }
    }

    @Test
    void aBookmarkStartsAPaperNoPageCueShows() throws Exception {
        ParsedDocument doc = withBookmarks(pack(), new String[] {"Agenda", "Finance Report Month 8"}, new int[] {1, 3});
        List<DocumentSpan> spans = new DocumentSegmenter(new DateParser()).segment(doc);
        assertEquals(List.of(
                new DocumentSpan(DocumentType.AGENDA, "Agenda", 1, 2, null),
                new DocumentSpan(DocumentType.REPORT, "Finance Report Month 8", 3, 3, null)), spans);
    }

    @Test
    void brokenOutlinesAreIgnored() throws Exception {
        ParsedDocument backwards = withBookmarks(pack(), new String[] {"Agenda", "Finance", "Minutes"}, new int[] {1, 3, 2});
        List<DocumentSpan> spans = new DocumentSegmenter(new DateParser()).segment(backwards);
        assertEquals(1, spans.size(), spans.toString());
        assertEquals(DocumentType.AGENDA, spans.getFirst().type());
        assertEquals(3, spans.getFirst().lastPage());
    }
}
