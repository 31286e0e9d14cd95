package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a page's lines are cut into two columns of prose: two newsletter columns whose paragraphs
 * break independently are; a two-column register of risks and their mitigations, each row's
 * cells starting level, is a table and stays whole; so does a minutes grid, its narrow reference
 * column no prose.
 */
class ProseColumnsTest {

    private static final String TEXT = "The committee received the quarterly report on the delivery of the"
            + " capital programme and noted that the school expansion scheme remains on time and within budget,"
            + " while the highways resurfacing works have been delayed by the wet weather over the winter months.";

    @TempDir
    Path tmp;

    @Test
    void columnsWhoseParagraphsBreakApartAreCut() throws Exception {
        StreamTestPdf pdf = new StreamTestPdf();
        float left = 100;
        float right = 100 + 13 * 2;
        for (int i = 0; i < 3; i++) {
            left = pdf.paragraph(50, left, 45, TEXT) + 13;
            right = pdf.paragraph(310, right, 45, TEXT) + 13;
        }

        assertFalse(Float.isNaN(ProseColumns.gutter(lines(pdf))));
    }

    @Test
    void rowsOfProseCellsStartingLevelAreNoColumnsOfProse() throws Exception {
        StreamTestPdf pdf = new StreamTestPdf();
        float y = 100;
        for (int i = 0; i < 4; i++) {
            float l = pdf.paragraph(50, y, 45, TEXT);
            float r = pdf.paragraph(310, y, 45, TEXT.substring(i * 10));
            y = Math.max(l, r) + 13;
        }

        assertTrue(Float.isNaN(ProseColumns.gutter(lines(pdf))));
    }

    @Test
    void minutesGridWithReferenceColumnIsNotCut() throws Exception {
        StreamTestPdf pdf = new StreamTestPdf();
        float y = 100;
        for (int i = 0; i < 4; i++) {
            pdf.text(50, y, "23/" + (40 + i));
            y = pdf.paragraph(110, y, 90, TEXT) + 13;
        }

        assertTrue(Float.isNaN(ProseColumns.gutter(lines(pdf))));
    }

    private List<TextLine> lines(StreamTestPdf pdf) throws Exception {
        Path file = tmp.resolve("page.pdf");
        pdf.write(file);
        return new FileIngester().ingest(file).pages().getFirst().lines();
    }
}
