package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An income and expenditure table set with small cell padding: its longest label runs to within
 * less than an em of the first amount, so that row comes through as one run as wide as a line of
 * prose. It ends in two amounts side by side, which running text does not: it is a row.
 */
class StreamTightAmountsRowTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float SIZE = 10;
    /** Gap after the longest label and between the amount columns: wider than a river, narrower than a wide gap. */
    private static final float GAP = 9f;
    private static final String[][] ROWS = {
        {"Donations", "120,000", "114,350"}, {"Legacies", "50,000", "88,020"},
        {"Expenditure on charitable activities and grants", "(380,000)", "(376,900)"},
        {"Events", "45,000", "12,410"}, {"Shops", "210,000", "203,775"}, {"Net", "78,000", "77,615"}};

    @TempDir
    Path tmp;

    @Test
    void rowEndingInTwoAmountsIsNoProse() throws Exception {
        float labelRight = 72;
        float amount = 0;
        for (String[] r : ROWS) {
            labelRight = Math.max(labelRight, 72 + width(r[0]));
            amount = Math.max(amount, Math.max(width(r[1]), width(r[2])));
        }
        float first = labelRight + GAP + amount;
        float second = first + GAP + amount;
        DrawnPdf pdf = new DrawnPdf();
        float y = 100;
        for (String[] r : ROWS) {
            pdf.text(72, y, r[0], SIZE, false);
            pdf.text(first - width(r[1]), y, r[1], SIZE, false);
            pdf.text(second - width(r[2]), y, r[2], SIZE, false);
            y += 14;
        }

        List<DetectedTable> tables = new StreamTableDetector().detect(
                new FileIngester().ingest(pdf.save(tmp.resolve("accounts.pdf"))).pages().getFirst(), List.of());

        assertEquals(1, tables.size(), tables.toString());
        assertEquals(Arrays.stream(ROWS).map(List::of).toList(), tables.getFirst().rows());
    }

    private static float width(String text) {
        try {
            return REGULAR.getStringWidth(text) / 1000 * SIZE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
