package org.boardpack.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.pdf.DrawnTable;
import org.boardpack.corpus.pdf.Look;
import org.boardpack.corpus.pdf.PageWriter;
import org.boardpack.corpus.pdf.RuledTableDrawer;
import org.boardpack.corpus.pdf.Style;
import org.boardpack.corpus.pdf.Table.Band;
import org.boardpack.corpus.pdf.Table.Layout;
import org.boardpack.corpus.pdf.Table.Para;
import org.boardpack.corpus.pdf.Table.Row;
import org.boardpack.model.tables.Table;
import org.junit.jupiter.api.Test;

/** The answer of a drawn table: one row per drawn row, the header once, its page range and first-page frame. */
class DrawnTableTest {

    @Test
    void aTableOverTwoPagesIsOneAnswerWithItsHeaderOnce() {
        PageWriter w = new PageWriter(Look.plain());
        w.newPage(false, null);
        w.down(100);
        Style s = w.fonts().regular(10);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            // two bands, as a minutes row is drawn: still one row to a reader
            rows.add(Row.of(Band.of(List.of(new Para(i + ".", s)), List.of(new Para("Item " + i, s))),
                    Band.of(List.of(), List.of(new Para("", s), new Para("more on " + i, s)))));
        }
        Band header = Band.of(List.of(new Para("No.", s)), List.of(new Para("Subject", s)));
        DrawnTable drawn = new RuledTableDrawer(w).draw(new Layout(100f, new float[] {50f, 200f}, 4f, header, true),
                rows);
        Table t = drawn.answer("Table 2: Items");

        assertEquals(1, t.page());
        assertEquals(w.pageNumber(), t.lastPage());
        assertTrue(t.lastPage() > 1, "continues across pages");
        assertEquals(1, t.headerRows());
        assertEquals(61, t.rows().size(), "header once, then one row per drawn row");
        assertEquals(List.of("No.", "Subject"), t.rows().get(0));
        assertEquals(List.of("7.", "Item 7 more on 7"), t.rows().get(7));
        assertEquals("Table 2: Items", t.title());
        assertEquals(100f, t.bbox().get(0));
        assertEquals(350f, t.bbox().get(2));
        // 100 pt below the top margin (790 on an 841.9 pt page), down to the last row on page 1
        assertEquals(151.9f, t.bbox().get(1), 0.05f);
        assertTrue(t.bbox().get(3) > 700f && t.bbox().get(3) <= 841.9f - w.bottom(), "bottom " + t.bbox());
        assertEquals(t.lastPage(), drawn.rowPage(59));
    }
}
