package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A borderless scorecard as a word processor sets it with small cell padding: the month columns'
 * figures stand half an em apart ("71.4% 70.2% 72.8%") and a commentary cell starts three points
 * after a right-aligned variance. Flush edges on both sides of those gaps make them rivers.
 */
class StreamTightColumnsTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final String[] HEADINGS = {"Ref", "Indicator", "Oct", "Nov", "Dec", "Var %", "Commentary"};
    private static final String[][] ROWS = {
        {"P1", "Patients seen within 4 hours", "71.4%", "70.2%", "72.8%", "2.8%", "Improving after winter plan"},
        {"P2", "Cancer 62-day treatment", "63.1%", "65.0%", "61.7%", "-9.0%", ""},
        {"P3", "Diagnostic waits over 6 weeks", "18.2%", "16.9%", "15.4%", "143.2%", "Capacity lost to estates work"},
        {"P4", "Ambulance handovers", "42", "57", "61", "0.0%", ""},
        {"P5", "Friends and Family Test", "96.1%", "95.8%", "96.4%", "27.4%", "Price increases"},
        {"P6", "Sickness absence rate", "4.9%", "5.2%", "5.6%", "-2.4%", "Seasonal illness"}};
    /** Left edges of the month columns: each is the widest figure plus five points (half an em) apart. */
    private static final float[] MONTHS = {240, 273.35f, 306.7f};
    /** Right edge of the variance figures; the commentary starts three points on. */
    private static final float VARIANCE_RIGHT = 385;

    @TempDir
    Path tmp;

    @Test
    void cellsSetHalfAnEmApartWithFlushEdgesAreSeparateColumns() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        row(pdf, 100, HEADINGS);
        float y = 100;
        for (String[] r : ROWS) {
            y += 20;
            row(pdf, y, r);
        }

        List<DetectedTable> tables = new StreamTableDetector().detect(
                new FileIngester().ingest(pdf.save(tmp.resolve("scorecard.pdf"))).pages().getFirst(), List.of());

        assertEquals(1, tables.size(), tables.toString());
        List<List<String>> rows = tables.getFirst().rows();
        assertEquals(List.of(ROWS[0]), rows.get(1), rows.toString());
        assertEquals(List.of(ROWS[3]), rows.get(4), rows.toString());
    }

    @Test
    void aWordSpaceInProseIsNoRiver() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        String[] prose = {"The committee noted the report and asked", "the Director to bring a revised plan",
            "to the next meeting with costed options", "for the spring and summer programmes."};
        for (int i = 0; i < prose.length; i++) {
            pdf.text(60, 100 + 13 * i, prose[i], 10, false);
        }

        List<DetectedTable> tables = new StreamTableDetector().detect(
                new FileIngester().ingest(pdf.save(tmp.resolve("prose.pdf"))).pages().getFirst(), List.of());

        assertEquals(List.of(), tables);
    }

    private static void row(DrawnPdf pdf, float y, String[] cells) {
        pdf.text(60, y, cells[0], 10, false);
        pdf.text(85, y, cells[1], 10, false);
        for (int m = 0; m < MONTHS.length; m++) {
            pdf.text(MONTHS[m], y, cells[2 + m], 10, false);
        }
        pdf.text(VARIANCE_RIGHT - width(cells[5]), y, cells[5], 10, false);
        if (!cells[6].isEmpty()) {
            pdf.text(VARIANCE_RIGHT + 3, y, cells[6], 10, false);
        }
    }

    private static float width(String text) {
        try {
            return REGULAR.getStringWidth(text) / 1000 * 10;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
