package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.junit.jupiter.api.Test;

class ColumnGuttersTest {

    private static Word w(String text, float x0, float x1) {
        return new Word(text, x0, 100, x1, 109, "Helvetica", 9, false);
    }

    private static final List<Word> BODY = List.of(
            w("Report on the single point", 40, 150), w("Joanne", 170, 200),
            w("across the places.", 40, 120), w("Lloyd-Bennett", 170, 225));

    @Test
    void aColumnSetFlushLeftOpensAtItsHeading() {
        float[] lefts = ColumnGutters.lefts(List.of(new float[] {40, 70}, new float[] {170, 215}), BODY, 0.5f);
        assertTrue(lefts[1] > 150 && lefts[1] <= 170, "between the text and the heading: " + lefts[1]);
    }

    @Test
    void aCentredHeadingOpensItsColumnAtTheGutterLeftOfItsText() {
        float[] lefts = ColumnGutters.lefts(List.of(new float[] {60, 95}, new float[] {180, 215}), BODY, 0.5f);
        assertTrue(lefts[1] > 150 && lefts[1] <= 170, "at the gutter, not at the heading: " + lefts[1]);
        assertEquals(Float.NEGATIVE_INFINITY, lefts[0]);
    }

    @Test
    void aLineAcrossTheGutterDoesNotKeepToTheColumns() {
        float[] lefts = {Float.NEGATIVE_INFINITY, 160};
        assertTrue(ColumnGutters.crosses(new TextLine(List.of(w("The Board noted the action log", 40, 260))), lefts));
        assertTrue(!ColumnGutters.crosses(new TextLine(BODY.subList(0, 2)), lefts));
    }
}
