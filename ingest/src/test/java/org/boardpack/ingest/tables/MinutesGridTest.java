package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Minutes printed as a grid with its borders hidden, under bold headings "No. | Minute | Action |
 * By when" (a charity's board minutes as Word prints them): numbered paragraphs and their wrapped
 * lines are rows of the grid ({@link HeadingGrid}), an item with its paragraphs set closer together
 * is one row ({@link OutlineRows}), an item going on over the page stays one row
 * ({@link TableContinuation}), and the label/value block above and the closing lines below are not
 * part of it.
 */
class MinutesGridTest {

    private static final float[] X = {60, 100, 400, 480};

    @TempDir
    Path tmp;

    @Test
    void numberedParagraphsUnderHeadingsAreOneGridWithARowPerItem() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        pdf.text(60, 80, "Date", 10, true).text(170, 80, "Thursday 7 November 2019");
        pdf.text(60, 100, "Place", 10, true).text(170, 100, "The Hub, The Old School, Northfield Road");
        float y = heading(pdf, 130, "Action");
        y = item(pdf, y, "1.", "Welcome and apologies",
                new String[][] {{"1.1", "The Chair welcomed everyone to the meeting. Apologies were",
                    "received as noted above and the meeting was quorate."}});
        y = item(pdf, y, "2.", "Chief Executive's report",
                new String[][] {{"2.1", "The Chief Executive presented the report, which had been",
                    "circulated in advance."}, {"2.2", "Trustees asked about the waiting list in the north."}});
        float p = y - 10; // a paragraph of item 2, its deadline wrapped below it
        pdf.text(X[0], p, "2.3").text(X[1], p, "Circulate the volunteer plan to trustees.").text(X[2], p, "CY")
                .text(X[3], p, "Next").text(X[3], p + 12, "meeting");
        y = p + 30;
        item(pdf, y, "3.", "Any other business", new String[][] {{"3.1", "There was no other business."}});
        pdf.text(56, y + 52, "The meeting closed at 4.30 pm.");
        pdf.text(56, y + 80, "Signed (Chair) ......................").text(300, y + 80, "Date ..............");
        ParsedDocument doc = new FileIngester().ingest(pdf.save(tmp.resolve("minutes.pdf")));

        List<DetectedTable> tables = TableFinder.standard().find(doc);

        assertEquals(1, tables.size(), tables.toString());
        DetectedTable t = tables.getFirst();
        assertEquals(List.of("No.", "Minute", "Action", "By when"), t.rows().getFirst());
        assertEquals(List.of(
                List.of("1. 1.1", "Welcome and apologies The Chair welcomed everyone to the meeting. Apologies were "
                        + "received as noted above and the meeting was quorate.", "", ""),
                List.of("2. 2.1 2.2 2.3", "Chief Executive's report The Chief Executive presented the report, which had "
                        + "been circulated in advance. Trustees asked about the waiting list in the north. Circulate the "
                        + "volunteer plan to trustees.", "CY", "Next meeting"),
                List.of("3. 3.1", "Any other business There was no other business.", "", "")),
                t.rows().subList(1, t.rows().size()));
        assertEquals(1, t.headerRows());
    }

    @Test
    void headingsKeepColumnsNoRowFillsAndAnItemGoesOnOverThePage() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        float y = heading(pdf, 500, "Action");
        y = item(pdf, y, "1.", "Welcome and apologies",
                new String[][] {{"1.1", "The Chair welcomed everyone. Apologies were received."}});
        item(pdf, y, "2.", "Fundraising strategy", new String[][] {{"2.1", "The Director presented the strategy."},
            {"2.2", "Trustees asked about the approach to vulnerable donors."}});
        pdf.newPage();
        y = heading(pdf, 60, "Action");
        pdf.text(X[0], y, "2.3").text(X[1], y, "Agreed: that the fundraising strategy be adopted.");
        y += 24;
        item(pdf, y, "3.", "Any other business", new String[][] {{"3.1", "There was no other business."},
            {"3.2", "The Chair closed the meeting."}});
        ParsedDocument doc = new FileIngester().ingest(pdf.save(tmp.resolve("no-actions.pdf")));

        List<DetectedTable> tables = TableFinder.standard().find(doc);

        assertEquals(1, tables.size(), tables.toString());
        DetectedTable t = tables.getFirst();
        assertEquals(List.of(1, 2), List.of(t.page(), t.lastPage()));
        assertEquals(List.of("No.", "Minute", "Action", "By when"), t.rows().getFirst());
        assertEquals(List.of("2. 2.1 2.2 2.3", "Fundraising strategy The Director presented the strategy. Trustees asked "
                + "about the approach to vulnerable donors. Agreed: that the fundraising strategy be adopted.", "", ""),
                t.rows().get(2));
        assertEquals(4, t.rows().size(), t.rows().toString());
    }

    @Test
    void headingsCrowdedIntoOneRunHeadTheColumnsTheirRowsStart() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        // "Action/Decision" ends less than an em before "By when": one run of the heading line
        float y = heading(pdf, 100, "Action/Decision");
        y = item(pdf, y, "1.", "Welcome and apologies",
                new String[][] {{"1.1", "The Chair welcomed everyone. Apologies were received."}});
        y = item(pdf, y, "2.", "Trustee recruitment", new String[][] {{"2.1", "The Chair reported on the skills audit."}});
        float p = y - 10; // a paragraph of item 2, not a new item
        pdf.text(X[0], p, "2.2").text(X[1], p, "Advertise the trustee vacancies.").text(X[2], p, "RH")
                .text(X[3], p, "July 2021");
        y = p + 30;
        item(pdf, y, "3.", "Any other business", new String[][] {{"3.1", "There was no other business."}});
        ParsedDocument doc = new FileIngester().ingest(pdf.save(tmp.resolve("crowded.pdf")));

        List<DetectedTable> tables = TableFinder.standard().find(doc);

        assertEquals(1, tables.size(), tables.toString());
        assertEquals(List.of("No.", "Minute", "Action/Decision", "By when"), tables.getFirst().rows().getFirst());
        assertEquals(List.of("2. 2.1 2.2", "Trustee recruitment The Chair reported on the skills audit. Advertise the "
                + "trustee vacancies.", "RH", "July 2021"), tables.getFirst().rows().get(2));
    }

    @Test
    void evenlySpacedNumbersStayRowsOfTheirOwn() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        String[][] agenda = {{"1", "Welcome and apologies", "BO"}, {"2", "Minutes and matters arising", "BO"},
            {"2.1", "Minutes of the last meeting", "BO"}, {"2.2", "Matters arising", "BO"},
            {"3", "Chief Executive's report", "IW"}, {"3.1", "Services impact", "IW"}, {"4", "Any other business", "BO"}};
        heading(pdf, 100, "Lead");
        float y = 128;
        for (String[] row : agenda) {
            pdf.text(X[0], y, row[0]).text(X[1], y, row[1]).text(X[2], y, row[2]);
            y += 20;
        }
        ParsedDocument doc = new FileIngester().ingest(pdf.save(tmp.resolve("agenda.pdf")));

        List<DetectedTable> tables = TableFinder.standard().find(doc);

        assertEquals(1, tables.size(), tables.toString());
        assertEquals(agenda.length + 1, tables.getFirst().rows().size(), tables.getFirst().rows().toString());
    }

    /** The bold headings; returns where the first row goes. */
    private static float heading(DrawnPdf pdf, float y, String action) {
        pdf.text(X[0], y, "No.", 10, true).text(X[1], y, "Minute", 10, true).text(X[2], y, action, 10, true)
                .text(X[3], y, "By when", 10, true);
        return y + 22;
    }

    /** An item: its bold heading, then its paragraphs (number, lines), closer together than items. */
    private static float item(DrawnPdf pdf, float y, String number, String title, String[][] paragraphs) {
        pdf.text(X[0], y, number, 10, true).text(X[1], y, title, 10, true);
        y += 14;
        for (String[] p : paragraphs) {
            pdf.text(X[0], y, p[0]);
            for (int i = 1; i < p.length; i++) {
                pdf.text(X[1], y, p[i]);
                y += 12;
            }
            y += 8;
        }
        return y + 10;
    }
}
