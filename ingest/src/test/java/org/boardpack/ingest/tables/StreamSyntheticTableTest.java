package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unruled tables and look-alikes written with PDFBox, where the right answer is known exactly. */
class StreamSyntheticTableTest {

    private static final String PROSE = "The Board received the report on the recovery of elective services and"
            + " noted the progress made since the last meeting. Members discussed the waiting lists in each"
            + " place and the support given to patients who have waited longest for their treatment.";

    @TempDir
    Path tmp;

    private Page page(StreamTestPdf pdf) throws Exception {
        Path file = tmp.resolve("page.pdf");
        pdf.write(file);
        return new FileIngester().ingest(file).pages().getFirst();
    }

    @Test
    void unruledTableWithWrappedCellsBetweenParagraphs() throws Exception {
        StreamTestPdf pdf = new StreamTestPdf();
        pdf.bold(60, 60, "Action log");
        float y = pdf.paragraph(60, 85, 95, PROSE) + 14;
        pdf.bold(60, y, "Ref").bold(100, y, "Action").bold(300, y, "Owner").bold(420, y, "Due").bold(490, y, "Status");
        y += 18;
        pdf.text(60, y, "1").text(100, y, "Provide a breakdown of the").text(300, y, "Ana Lomax")
                .text(420, y, "Sep-21").text(490, y, "Open");
        pdf.text(100, y + 13, "waiting list by specialty");
        y += 13 + 18;
        pdf.text(60, y, "2").text(100, y, "Share the estates plan").text(300, y, "Tom Hale")
                .text(420, y, "Oct-21").text(490, y, "Closed");
        pdf.text(300, y + 13, "(Estates)");
        y += 13 + 18;
        pdf.text(60, y, "3").text(100, y, "Report on flu vaccination").text(300, y, "Jo Price")
                .text(420, y, "Nov-21").text(490, y, "Open");
        pdf.text(100, y + 13, "uptake among staff and");
        pdf.text(100, y + 26, "social care workers");
        y += 26 + 18;
        pdf.text(60, y, "4").text(100, y, "Circulate the minutes").text(300, y, "Chair")
                .text(420, y, "Sep-21").text(490, y, "Done");
        pdf.paragraph(60, y + 30, 95, PROSE);

        List<DetectedTable> tables = new StreamTableDetector().detect(page(pdf), List.of());

        assertEquals(1, tables.size(), tables.toString());
        DetectedTable t = tables.getFirst();
        assertEquals(List.of(
                List.of("Ref", "Action", "Owner", "Due", "Status"),
                List.of("1", "Provide a breakdown of the waiting list by specialty", "Ana Lomax", "Sep-21", "Open"),
                List.of("2", "Share the estates plan", "Tom Hale (Estates)", "Oct-21", "Closed"),
                List.of("3", "Report on flu vaccination uptake among staff and social care workers", "Jo Price",
                        "Nov-21", "Open"),
                List.of("4", "Circulate the minutes", "Chair", "Sep-21", "Done")), t.rows());
        assertEquals(1, t.headerRows());
        assertEquals("stream", t.method());
        assertTrue(t.x0() >= 59 && t.x0() <= 61 && t.top() < t.bottom() && t.x1() > 500, t.toString());
    }

    @Test
    void regionTakenByAnotherDetectorIsLeftAlone() throws Exception {
        StreamTestPdf pdf = new StreamTestPdf();
        float y = 100;
        for (String[] row : new String[][] {{"Place", "Target", "Actual"}, {"Halifax", "89%", "94.8%"},
                {"Todmorden", "94%", "88.5%"}, {"Calder", "80%", "81.0%"}}) {
            pdf.text(60, y, row[0]).text(200, y, row[1]).text(300, y, row[2]);
            y += 15;
        }
        Page page = page(pdf);

        assertEquals(1, new StreamTableDetector().detect(page, List.of()).size());
        assertEquals(List.of(), new StreamTableDetector().detect(page, List.of(new float[] {50, 80, 400, 200})));
    }

    @Test
    void listsAndShortPairsAreNotTables() throws Exception {
        StreamTestPdf pdf = new StreamTestPdf();
        float y = 80;
        for (String item : List.of("Apologies were received from two members", "The minutes were agreed",
                "The action log was reviewed and updated", "No other business was raised")) {
            pdf.text(72, y, "\u2022").text(90, y, item);
            y += 15;
        }
        y += 20;
        for (int i = 1; i <= 4; i++) {
            pdf.text(72, y, i + ".").text(95, y, "Item number " + i + " of the agenda was taken as read");
            y += 15;
        }
        y += 20;
        // an attendance pair of two lines: name left, role right
        pdf.text(72, y, "Cllr A Oduya").text(250, y, "Chairman");
        pdf.text(72, y + 15, "Dr M Blackwood").text(250, y + 15, "Director of Public Health");
        pdf.paragraph(72, y + 50, 95, PROSE);

        assertEquals(List.of(), new StreamTableDetector().detect(page(pdf), List.of()));
    }
}
