package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.junit.jupiter.api.Test;

/**
 * Rivers are the x ranges (nearly) every line leaves empty: counted over each line's words as
 * spans, touching words closing the gap between them, and in a block of thousands of ragged lines.
 */
class ColumnFinderTest {

    private static Word word(float x0, float x1, float top) {
        return new Word("x", x0, top, x1, top + 10, "F1", 10, false);
    }

    @Test
    void aGutterEveryLineLeavesIsARiverWhereverTheRaggedWordsEnd() {
        // 5,000 lines: a left column of ragged words ending anywhere up to 200, a right column from 240
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            float top = i * 12;
            float end = 60 + (i * 37) % 140;
            lines.add(new TextLine(List.of(word(50, 50 + (end - 50) / 2, top), word(52 + (end - 50) / 2, end, top),
                    word(240 + i % 13, 300 + (i * 7) % 90, top))));
        }
        StreamColumns columns = new ColumnFinder(0.8f).find(lines, 10);
        assertEquals(2, columns.count());
        assertArrayEquals(new float[] {199, 240}, columns.rivers().getFirst(), 0.5f);
    }

    @Test
    void wordsSideBySideLeaveNoRiverBetweenThem() {
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // the first two words meet at 100: no river there; a real one from 150 to 200
            lines.add(new TextLine(List.of(word(50, 100, i * 12), word(100, 150, i * 12), word(200, 260, i * 12))));
        }
        StreamColumns columns = new ColumnFinder(0.8f).find(lines, 10);
        assertEquals(2, columns.count());
        assertArrayEquals(new float[] {150, 200}, columns.rivers().getFirst(), 0.01f);
    }

    @Test
    void aFewLinesCrossingARiverDoNotHideIt() {
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // every tenth line runs across the gutter, as a long cell does: under a tenth of the lines
            lines.add(i % 20 == 5 ? new TextLine(List.of(word(50, 260, i * 12)))
                    : new TextLine(List.of(word(50, 120, i * 12), word(200, 260, i * 12))));
        }
        StreamColumns columns = new ColumnFinder(0.8f).find(lines, 10);
        assertEquals(2, columns.count());
        assertArrayEquals(new float[] {120, 200}, columns.rivers().getFirst(), 0.01f);
    }

    @Test
    void aBoldHeadingWithOneEntryUnderItIsAColumnAStrayPairIsNot() {
        // an accounts statement: "2017 | 2018 | Note" in bold over ten rows, one note reference
        for (boolean boldHeading : new boolean[] {true, false}) {
            List<TextLine> lines = new ArrayList<>();
            lines.add(new TextLine(List.of(new Word("2017", 200, 0, 230, 10, "F1", 10, boldHeading),
                    new Word("Note", 300, 0, 325, 10, "F1", 10, boldHeading))));
            for (int i = 1; i <= 10; i++) {
                List<Word> row = new ArrayList<>(List.of(word(50, 120, i * 12), word(200, 230, i * 12)));
                if (i == 8) {
                    row.add(word(308, 314, i * 12));
                }
                lines.add(new TextLine(row));
            }
            StreamColumns columns = new ColumnFinder(0.8f).find(lines, 10);
            assertEquals(boldHeading ? 3 : 2, columns.count(), "bold heading " + boldHeading);
        }
    }
}
