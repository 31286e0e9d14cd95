package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where an unruled table starts and ends, drawn with PDFBox as reports print key indicator
 * tables: a caption flush left above the grid, a numbered paragraph right under it, a label
 * wrapped onto a second line; and two-column lists of names with roles, which are no table.
 */
class StreamTableEdgesTest {

    private static final float[] XS = {60, 250, 320, 390, 460};
    private static final String[][] KPI = {
        {"Indicator", "Target", "Apr-23", "May-23", "Trend"},
        {"Complaints resolved within 20 days", "88%", "70%", "71.6%", "Improving"},
        {"Volunteer hours given", "-", "534", "490", "Deteriorating"},
        {"Calls answered within two minutes", "86%", "99%", "81.4%", "Improving"},
        {"Donor retention", "77%", "55%", "77.9%", "Deteriorating"}};

    @TempDir
    Path tmp;

    @Test
    void aCaptionFlushLeftAboveTheGridIsNotARowOfIt() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        pdf.text(60, 100, "Table: key indicators, June", 10, true);
        grid(pdf, 114);

        DetectedTable table = only(pdf);

        assertEquals(List.of((Object[]) KPI[0]), table.rows().getFirst());
        assertEquals(KPI.length, table.rows().size(), table.rows().toString());
    }

    @Test
    void aNumberedParagraphUnderTheGridIsNotARowOfIt() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        float y = grid(pdf, 100) + 14;
        pdf.text(60, y, "2.3").text(100, y, "Donor retention stood at 78% in May against a target of 88%, below the");
        pdf.text(100, y + 13, "national average. The trust expects to recover the position by the quarter end.");

        DetectedTable table = only(pdf);

        assertEquals(List.of((Object[]) KPI[KPI.length - 1]), table.rows().getLast(), table.rows().toString());
    }

    @Test
    void aLabelWrappedOntoALowerCaseLineStaysOneRow() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        float y = grid(pdf, 100);
        String[] row = {"Beneficiaries reporting wel-", "94%", "78.4%", "55%", "Improving"};
        for (int c = 0; c < row.length; c++) {
            pdf.text(XS[c], y, row[c]);
        }
        pdf.text(60, y + 12, "lbeing");
        y += 26;
        for (int c = 0; c < KPI[1].length; c++) {
            pdf.text(XS[c], y, KPI[1][c].replace("Complaints", "Compliments"));
        }

        List<List<String>> rows = only(pdf).rows();

        assertEquals(KPI.length + 2, rows.size(), rows.toString());
        assertEquals("Beneficiaries reporting wel-lbeing", rows.get(KPI.length).getFirst());
    }

    @Test
    void twoColumnsOfNamesAndRolesAreNoTableButNamesWithAmountsAre() throws Exception {
        DrawnPdf members = new DrawnPdf();
        DrawnPdf allowances = new DrawnPdf();
        String[][] people = {{"Cllr M Sandhu", "Chairman of the Scrutiny Committee"},
            {"Dr L Eastwood", "Director of Public Health"}, {"Mrs W Mistry", "Director of Children's Services"},
            {"Mr E Fenwick", "Chief Executive Officer, Healthwatch"}};
        float y = 100;
        for (String[] p : people) {
            members.text(60, y, p[0]).text(220, y, p[1]);
            allowances.text(60, y, p[0]).text(220, y, "715");
            y += 14;
        }

        assertTrue(new StreamTableDetector().detect(page(members, "members.pdf"), List.of()).isEmpty());
        assertEquals(1, new StreamTableDetector().detect(page(allowances, "allowances.pdf"), List.of()).size());
    }

    @Test
    void numberedResolutionsUnderTheGridAndAHeadingAfterABlankLineEndIt() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        float y = grid(pdf, 100) + 10;
        pdf.text(60, y, "RESOLVED", 10, true);
        y += 16;
        for (String item : new String[] {"that the latest policy framework in respect of the Care Fund Plan be noted;",
            "that the end of year progress against the Better Care Fund Plan be noted; and",
            "that the Quarter 4 monitoring template submitted to NHS England be endorsed."}) {
            pdf.text(60, y, (y > 200 ? "3." : "1.")).text(80, y, item);
            y += 14;
        }
        DrawnPdf headed = new DrawnPdf();
        float z = grid(headed, 100) + 24; // a blank line, then the next section's heading
        headed.text(60, z, "Equalities Implications", 10, true);

        assertEquals(KPI.length, only(pdf).rows().size(), only(pdf).rows().toString());
        assertEquals(List.of((Object[]) KPI[KPI.length - 1]), only(headed).rows().getLast());
    }

    /** The KPI grid from {@code y} down, 14 points a row; returns the next free y. */
    private static float grid(DrawnPdf pdf, float y) {
        for (String[] row : KPI) {
            for (int c = 0; c < row.length; c++) {
                pdf.text(XS[c], y, row[c], 10, row == KPI[0]);
            }
            y += 14;
        }
        return y;
    }

    private DetectedTable only(DrawnPdf pdf) throws Exception {
        List<DetectedTable> tables = new StreamTableDetector().detect(page(pdf, "table.pdf"), List.of());
        assertEquals(1, tables.size(), tables.toString());
        return tables.getFirst();
    }

    private Page page(DrawnPdf pdf, String name) throws Exception {
        return new FileIngester().ingest(pdf.save(tmp.resolve(name))).pages().getFirst();
    }
}
