package org.boardpack.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.OutlineEntry;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunningTextDetectorTest {

    @TempDir
    Path tmp;

    private Path minutesWithRunningText() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        String[] bodies = {"Minutes of the Open Board", "Item 4 Finance report", "Item 7 Quality and safety",
            "Item 9 Any other business"};
        for (int i = 0; i < bodies.length; i++) {
            if (i > 0) {
                pdf.newPage();
            }
            pdf.text(60, 40, "2016-10-27 draft Open Board Minutes NS v1", 8, false)
                    .text(60, 120, bodies[i], 12, true)
                    .text(60, 140, "The Board received the report and discussed it at length.")
                    .text(280, 810, "Page " + (i + 1) + " of " + bodies.length, 8, false);
        }
        return pdf.save(tmp.resolve("minutes.pdf"));
    }

    @Test
    void repeatedHeaderAndPageNumbersAreRunningTextNotBody() throws Exception {
        ParsedDocument doc = new FileIngester().ingest(minutesWithRunningText());
        for (Page page : doc.pages()) {
            List<String> running = page.running().stream().map(TextLine::text).toList();
            assertEquals(2, running.size(), running.toString());
            assertTrue(running.getFirst().startsWith("2016-10-27 draft"));
            assertTrue(running.get(1).startsWith("Page " + page.number()));
            assertEquals(2, page.bodyLines().size());
            assertTrue(page.bodyLines().getFirst().bold());
        }
    }

    @Test
    void bookmarksAndPageLabelsAreRead() throws Exception {
        Path file = minutesWithRunningText();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDDocumentOutline outline = new PDDocumentOutline();
            pdf.getDocumentCatalog().setDocumentOutline(outline);
            String[] titles = {"Agenda", "Minutes", "Action log"};
            for (int i = 0; i < titles.length; i++) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(titles[i]);
                PDPageFitDestination dest = new PDPageFitDestination();
                dest.setPage(pdf.getPage(i + 1));
                item.setDestination(dest);
                outline.addLast(item);
            }
            PDPageLabels labels = new PDPageLabels(pdf);
            PDPageLabelRange roman = new PDPageLabelRange();
            roman.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
            labels.setLabelItem(0, roman);
            pdf.getDocumentCatalog().setPageLabels(labels);
            pdf.save(tmp.resolve("bookmarked.pdf").toFile());
        }
        ParsedDocument doc = new FileIngester().ingest(tmp.resolve("bookmarked.pdf"));
        assertEquals(List.of(new OutlineEntry("Agenda", 2, 0), new OutlineEntry("Minutes", 3, 0),
                new OutlineEntry("Action log", 4, 0)), doc.outline());
        assertEquals("iii", doc.pages().get(2).label());
    }
}
