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
 * One line set over an unruled statement, spaced like its rows: a title centred over the whole
 * statement ("Annual Return 31 March 2018", reaching from the labels into the figures) names the
 * table and is no row of it; a group heading over the figure columns only ("Year to date") is.
 */
class StreamTableTitleRowTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LABEL = 100;
    private static final float PRIOR = 380;
    private static final float CURRENT = 460;
    private static final String[][] ROWS = {
        {"Balances brought forward", "-", "1,309,126"},
        {"Annual precept", "1,823,850", "1,832,982"},
        {"Total other receipts", "247", "72,448"},
        {"Staff costs", "72,828", "152,360"},
        {"Total other payments", "442,142", "1,022,427"}};

    @TempDir
    Path tmp;

    @Test
    void aTitleCentredOverLabelsAndFiguresIsNoRow() throws Exception {
        List<List<String>> rows = statement("Annual Return 31 March 2018", 190, 330);

        assertEquals(List.of("", "2017", "2018"), rows.getFirst(), rows.toString());
        assertEquals(ROWS.length + 1, rows.size(), rows.toString());
    }

    @Test
    void aGroupHeadingOverTheFigureColumnsIsTheFirstRow() throws Exception {
        List<List<String>> rows = statement("Year to date", PRIOR - 50, CURRENT);

        assertEquals("", rows.getFirst().getFirst(), rows.toString());
        assertEquals("Year to date", String.join(" ", rows.getFirst()).strip(), rows.toString());
        assertEquals(ROWS.length + 2, rows.size(), rows.toString());
    }

    /**
     * The statement's rows: {@code line} in bold centred between {@code from} and {@code to} at
     * y 100, the year headings and the rows 20 points apart under it, as evenly as the line.
     */
    private List<List<String>> statement(String line, float from, float to) throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        pdf.text((from + to - width(line, true)) / 2, 100, line, 10, true);
        float y = 120;
        right(pdf, PRIOR, y, "2017", true);
        right(pdf, CURRENT, y, "2018", true);
        for (String[] r : ROWS) {
            y += 20;
            pdf.text(LABEL, y, r[0]);
            right(pdf, PRIOR, y, r[1], false);
            right(pdf, CURRENT, y, r[2], false);
        }
        List<DetectedTable> tables = new StreamTableDetector().detect(
                new FileIngester().ingest(pdf.save(tmp.resolve("statement.pdf"))).pages().getFirst(), List.of());
        assertEquals(1, tables.size(), tables.toString());
        return tables.getFirst().rows();
    }

    private static void right(DrawnPdf pdf, float x, float y, String text, boolean bold) {
        pdf.text(x - width(text, bold), y, text, 10, bold);
    }

    private static float width(String text, boolean bold) {
        try {
            return (bold ? BOLD : REGULAR).getStringWidth(text) / 1000 * 10;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
