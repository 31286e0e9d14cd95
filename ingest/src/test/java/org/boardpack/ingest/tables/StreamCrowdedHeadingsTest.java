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
 * A workforce table as browsers print one with rules between rows only: headings set flush right
 * over right-aligned figures crowd together ("FTE Vacancies", "Turnover % Sickness %" read as one
 * run each), yet they are the table's header row, not a paragraph above it.
 */
class StreamCrowdedHeadingsTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    /** Right edges of the figure columns; the labels start at 60. */
    private static final float[] RIGHT = {250, 300, 355, 430, 490};
    private static final String[] HEADINGS = {"Staff group", "Headcount", "FTE", "Vacancies", "Turnover %", "Sickness %"};
    private static final String[][] ROWS = {
        {"Nursing and midwifery", "2,431", "2,105.6", "187", "10.2", "5.1"},
        {"Medical and dental", "812", "776.3", "44", "7.8", "1.9"},
        {"Allied health professionals", "603", "540.2", "38", "12.4", "3.6"},
        {"Administrative and clerical", "1,294", "1,150.0", "61", "11.1", "4.2"},
        {"Estates and ancillary", "455", "398.7", "23", "9.6", "6.8"}};

    @TempDir
    Path tmp;

    @Test
    void headingsCrowdedOverRightAlignedFiguresAreTheHeaderRow() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        row(pdf, 100, HEADINGS, true);
        float y = 100;
        for (String[] r : ROWS) {
            y += 18;
            row(pdf, y, r, false);
        }

        List<DetectedTable> tables = new StreamTableDetector().detect(
                new FileIngester().ingest(pdf.save(tmp.resolve("workforce.pdf"))).pages().getFirst(), List.of());

        assertEquals(1, tables.size(), tables.toString());
        List<List<String>> rows = tables.getFirst().rows();
        assertEquals(List.of(HEADINGS), rows.getFirst(), rows.toString());
        assertEquals(List.of(ROWS[4]), rows.getLast(), rows.toString());
    }

    private static void row(DrawnPdf pdf, float y, String[] cells, boolean bold) {
        pdf.text(60, y, cells[0], 10, bold);
        for (int c = 1; c < cells.length; c++) {
            pdf.text(RIGHT[c - 1] - width(cells[c], bold), y, cells[c], 10, bold);
        }
    }

    private static float width(String text, boolean bold) {
        try {
            return (bold ? BOLD : REGULAR).getStringWidth(text) / 1000 * 10;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
