package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A glyph printed again over itself is read once; the same letter elsewhere is read again. */
class OverprintFilterTest {

    @TempDir
    Path tmp;

    @Test
    void fakeBoldTextPrintedTwiceSlightlyShiftedIsReadOnce() throws Exception {
        // how word processors fake bold: the run again, a fraction of a point to the right
        DrawnPdf pdf = new DrawnPdf()
                .text(50, 100, "Decision: the Board approved the plan")
                .text(50.4f, 100, "Decision: the Board approved the plan")
                .text(50, 130, "Actions arising");
        Page page = new PdfLayoutReader().read(pdf.save(tmp.resolve("fake-bold.pdf")), "0", Deadline.none())
                .pages().getFirst();
        assertEquals(List.of("Decision: the Board approved the plan", "Actions arising"),
                page.lines().stream().map(TextLine::text).toList());
    }

    @Test
    void theSameWordOnTheNextLineOrFurtherAlongIsKept() throws Exception {
        DrawnPdf pdf = new DrawnPdf()
                .text(50, 100, "noted noted")
                .text(50, 112, "noted");
        Page page = new PdfLayoutReader().read(pdf.save(tmp.resolve("repeats.pdf")), "0", Deadline.none())
                .pages().getFirst();
        assertEquals(List.of("noted noted", "noted"), page.lines().stream().map(TextLine::text).toList());
    }

    @Test
    void matchesWithinAThirdOfTheGlyphWidthOnBothAxes() {
        OverprintFilter f = newFilter();
        assertFalse(f.overprints("a", 100, 200, 2));
        assertTrue(f.overprints("a", 101.5f, 199, 2));
        assertFalse(f.overprints("a", 102.5f, 200, 2), "outside the tolerance along x");
        assertFalse(f.overprints("a", 100, 203, 2), "outside the tolerance along y");
        assertFalse(f.overprints("b", 100, 200, 2), "another letter in the same place");
        // the range is half open, as PDFBox's sub-map is: [v - tol, v + tol)
        OverprintFilter g = newFilter();
        assertFalse(g.overprints("a", 100, 200, 2));
        assertFalse(g.overprints("a", 98, 200, 2), "100 is not below 98 + 2");
        assertTrue(g.overprints("a", 102, 200, 2), "100 is at 102 - 2");
        assertFalse(f.overprints("c", 10, 10, 2));
        assertFalse(f.overprints("c", 12.5f, 10, 2));
    }

    @Test
    void glyphsAcrossCellBordersAreFound() {
        OverprintFilter f = newFilter();
        // cells are 8 points: each pair sits either side of a cell border, one pair off the page's edge
        assertFalse(f.overprints("x", 7.9f, 7.9f, 1));
        assertTrue(f.overprints("x", 8.1f, 8.1f, 1));
        assertFalse(f.overprints("y", -0.2f, 15.9f, 1));
        assertTrue(f.overprints("y", 0.3f, 16.3f, 1));
        assertFalse(f.overprints("z", 841.9f, 841.9f, 1));
        assertTrue(f.overprints("z", 842.3f, 842.2f, 1));
    }

    @Test
    void aZeroOrUnknownToleranceMatchesNothing() {
        OverprintFilter f = newFilter();
        assertFalse(f.overprints("a", 100, 200, 0));
        assertFalse(f.overprints("a", 100, 200, 0));
        assertFalse(f.overprints("a", 100, 200, Float.NaN));
        assertFalse(f.overprints("a", Float.NaN, 200, 2));
    }

    @Test
    void anInfiniteToleranceMatchesAnyEarlierGlyphOfTheSameText() {
        OverprintFilter f = newFilter();
        assertFalse(f.overprints("", 10, 10, Float.POSITIVE_INFINITY));
        assertTrue(f.overprints("", 500, 700, Float.POSITIVE_INFINITY));
    }

    @Test
    void coordinatesFarOffThePageEndTheSearch() {
        OverprintFilter f = newFilter();
        // at 1e12 a float cannot tell v - 1 from v + 1: the range is empty, as in PDFBox; the
        // cell index saturates and the search must still end
        assertFalse(f.overprints("a", 1e12f, 1e12f, 1));
        assertFalse(f.overprints("a", 1e12f, 1e12f, 1));
        assertFalse(f.overprints("a", -1e12f, 5, 1));
        assertFalse(f.overprints("a", 3e38f, 3e38f, 1e38f));
        assertTrue(f.overprints("a", 3e38f, 3e38f, 1e38f));
    }

    @Test
    void aPageFullOfGlyphsFindsEveryOneAgain() {
        // thousands of glyphs over the page: the cell table grows several times as they come
        OverprintFilter f = newFilter();
        for (int row = 0; row < 80; row++) {
            for (int col = 0; col < 60; col++) {
                assertFalse(f.overprints(String.valueOf((char) ('a' + (row + col) % 26)), 30 + col * 9, 40 + row * 9.5f, 2));
            }
        }
        for (int row = 0; row < 80; row++) {
            for (int col = 0; col < 60; col++) {
                String same = String.valueOf((char) ('a' + (row + col) % 26));
                String other = String.valueOf((char) ('a' + (row + col + 1) % 26));
                assertTrue(f.overprints(same, 30.5f + col * 9, 40 + row * 9.5f, 2));
                assertFalse(f.overprints(other, 30.5f + col * 9, 40 + row * 9.5f, 2));
            }
        }
    }

    @Test
    void aVeryTallPageCrowdedWithSmallPrintFindsEveryGlyphAgain() {
        // 40,000 glyphs down a page 50,000 points tall in 1-point print: every one is found again
        // where it was drawn, and a different letter there is not taken for it
        OverprintFilter f = newFilter();
        for (int row = 0; row < 40_000; row++) {
            String letter = String.valueOf((char) ('a' + row % 26));
            assertFalse(f.overprints(letter, 20 + row % 7 * 0.6f, row * 1.25f, 0.2f));
        }
        for (int row = 0; row < 40_000; row++) {
            String letter = String.valueOf((char) ('a' + row % 26));
            String other = String.valueOf((char) ('a' + (row + 1) % 26));
            assertFalse(f.overprints(other, 20.1f + row % 7 * 0.6f, row * 1.25f, 0.2f));
            assertTrue(f.overprints(letter, 20.1f + row % 7 * 0.6f, row * 1.25f, 0.2f));
        }
    }

    @Test
    void eachPageStartsClean() {
        OverprintFilter f = newFilter();
        assertFalse(f.overprints("a", 100, 200, 2));
        f.reset();
        assertFalse(f.overprints("a", 100, 200, 2));
    }

    private static OverprintFilter newFilter() {
        OverprintFilter f = new OverprintFilter();
        f.reset();
        return f;
    }
}
