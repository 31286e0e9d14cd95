package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.junit.jupiter.api.Test;

/** Which lines under bold headings "No. | Minute | Action | By when" are rows of the grid and which end it. */
class HeadingGridTest {

    private static final HeadingGrid GRID = HeadingGrid.of(line(true, 60, "No.", 100, "Minute", 400, "Action", 480,
            "By when")).orElseThrow();

    @Test
    void onlyABoldLineOfThreeOrMoreShortHeadingsHeadsAGrid() {
        assertTrue(HeadingGrid.of(line(false, 60, "No.", 100, "Minute", 400, "Action")).isEmpty());
        assertTrue(HeadingGrid.of(line(true, 60, "Apologies", 170, "Eleanor Dewhurst")).isEmpty());
        assertTrue(HeadingGrid.of(line(true, 60, "Service", 300, "2019", 400, "2020")).isEmpty());
    }

    @Test
    void numberedParagraphsAndWrappedLinesFitTheColumns() {
        assertTrue(GRID.fits(line(false, 60, "1.1", 100, "The Chair welcomed everyone to the meeting. Apologies")));
        assertTrue(GRID.fits(line(false, 100, "received as noted above and the meeting was quorate.")));
        assertTrue(GRID.fits(line(false, 60, "4.3", 100, "A summary of the waiting list.", 400, "CM", 480, "January")));
        // a paragraph set over the action column runs across its heading's edge
        assertFalse(GRID.fits(line(false, 60, "4.4", 100, "Trustees asked about the waiting list in the north of the "
                + "county and the posts that remained vacant there")));
    }

    @Test
    void aParagraphAtTheMarginAcrossTheSecondHeadingEndsTheGrid() {
        assertTrue(GRID.endedBy(line(false, 56, "The meeting closed at 4.30 pm.")));
        assertFalse(GRID.endedBy(line(false, 100, "received as noted above.")));
        assertFalse(GRID.endedBy(line(true, 56, "Part II: confidential business")));
    }

    /** One line of runs at the given left edges: x, text, x, text …; words 5 pt a letter plus a space. */
    private static TextLine line(boolean bold, Object... runs) {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < runs.length; i += 2) {
            float x = ((Number) runs[i]).floatValue();
            for (String w : ((String) runs[i + 1]).split(" ")) {
                words.add(new Word(w, x, 100, x + 5 * w.length(), 110, "F1", 10, bold));
                x += 5 * w.length() + 3;
            }
        }
        return new TextLine(words);
    }
}
