package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A borderless budget table as a word processor sets it: bold headings centred over their cells
 * with little more than a word space between them ("Budget 2024/25 £000  Forecast outturn £000"),
 * over right-aligned figures narrower than the headings. The heading line reads as one wide run,
 * yet it is the header row, each heading whole in its column.
 */
class StreamCentredHeadingsTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final String[] HEADINGS = {"Budget line", "Budget 2024/25 £000", "Forecast outturn £000",
        "Variance £000", "Variance %"};
    private static final String[][] ROWS = {
        {"Salaries and wages", "52,310", "51,987", "323", "-0.6%"},
        {"Agency staff", "1,200", "2,918", "(1,718)", "143.2%"},
        {"Energy costs", "2,870", "3,655", "(785)", "27.4%"},
        {"Fleet fuel", "990", "1,142", "(152)", "15.4%"},
        {"Fees and charges", "(14,320)", "(13,877)", "(443)", "3.1%"}};
    /** Space between two headings: wider than a word space, narrower than an em. */
    private static final float HEADING_GAP = 6;

    @TempDir
    Path tmp;

    @Test
    void boldHeadingsCentredOverFiguresAreTheHeaderRow() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        pdf.text(60, 100, HEADINGS[0], 10, true);
        float[] right = new float[HEADINGS.length];
        float x = 160;
        for (int c = 1; c < HEADINGS.length; c++) {
            pdf.text(x, 100, HEADINGS[c], 10, true);
            x += width(HEADINGS[c], BOLD);
            right[c] = x;
            x += HEADING_GAP;
        }
        float y = 100;
        for (String[] r : ROWS) {
            y += 20;
            pdf.text(60, y, r[0], 10, false);
            for (int c = 1; c < r.length; c++) {
                pdf.text(right[c] - width(r[c], REGULAR), y, r[c], 10, false);
            }
        }
        assertTrue(x - 160 > 0.4f * 595, "the heading line is as wide as prose");

        List<DetectedTable> tables = new StreamTableDetector().detect(
                new FileIngester().ingest(pdf.save(tmp.resolve("budget.pdf"))).pages().getFirst(), List.of());

        assertEquals(1, tables.size(), tables.toString());
        List<List<String>> rows = tables.getFirst().rows();
        assertEquals(List.of(HEADINGS), rows.getFirst(), rows.toString());
        assertEquals(ROWS.length + 1, rows.size(), rows.toString());
    }

    @Test
    void aBoldLineSetWithWordSpacesIsNoHeadingRow() {
        List<Word> words = new ArrayList<>();
        float x = 60;
        for (String w : "The committee is asked to note the forecast outturn and approve the virements".split(" ")) {
            words.add(new Word(w, x, 100, x + 5.5f * w.length(), 110, "F1", 10, true));
            x += 5.5f * w.length() + 2.8f;
        }
        assertFalse(CentredHeadings.crowded(new TextLine(words)));
    }

    private static float width(String text, PDType1Font font) {
        try {
            return font.getStringWidth(text) / 1000 * 10;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
