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
 * A payments table as a browser prints it with small cell padding: cells stand 0.85 em apart,
 * less than the wide gap that parts runs, so each row reads as runs that each hold two cells. The
 * gaps still line up down the table as rivers; the last row crosses them only between words, as
 * every row above it does, and is a row of the table, not a paragraph under it.
 */
class StreamLastRowTightTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float SIZE = 10;
    private static final float GAP = 8.5f;
    private static final String[][] ROWS = {
        {"Transaction", "Date", "Supplier", "Expense type", "Amount"},
        {"4100504", "12/11/2023", "EDF Energy", "Waste collection", "129,137.18"},
        {"4100511", "13/11/2023", "Northgate Public Services", "Energy", "16,616.67"},
        {"4100518", "14/11/2023", "Kier Highways Ltd", "Highways maintenance", "177,807.48"},
        {"4100525", "15/11/2023", "Capita Business Services", "Waste collection", "94,517.15"},
        {"4100532", "16/11/2023", "Veolia ES (UK) Ltd", "Highways maintenance", "181,563.61"}};

    @TempDir
    Path tmp;

    @Test
    void lastRowSetTightIsKept() throws Exception {
        float[] left = new float[ROWS[0].length];
        left[0] = 50;
        for (int c = 1; c < left.length; c++) {
            float widest = 0;
            for (String[] r : ROWS) {
                widest = Math.max(widest, width(r[c - 1]));
            }
            left[c] = left[c - 1] + widest + GAP;
        }
        DrawnPdf pdf = new DrawnPdf();
        float y = 100;
        for (String[] r : ROWS) {
            for (int c = 0; c < r.length; c++) {
                pdf.text(left[c], y, r[c], SIZE, false);
            }
            y += 14;
        }

        List<DetectedTable> tables = new StreamTableDetector().detect(
                new FileIngester().ingest(pdf.save(tmp.resolve("payments.pdf"))).pages().getFirst(), List.of());

        assertEquals(1, tables.size(), tables.toString());
        List<List<String>> rows = tables.getFirst().rows();
        assertEquals(ROWS.length, rows.size(), rows.toString());
        assertEquals(List.of(ROWS[ROWS.length - 1]), rows.getLast(), rows.toString());
    }

    private static float width(String text) {
        try {
            return REGULAR.getStringWidth(text) / 1000 * SIZE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
