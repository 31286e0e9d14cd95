package org.boardpack.corpus.pdf;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.pdf.Table.Band;
import org.boardpack.corpus.pdf.Table.Layout;
import org.boardpack.corpus.pdf.Table.Para;
import org.boardpack.corpus.pdf.Table.Row;

/**
 * Draws a table at the page cursor: a lattice with stroked rules, or, when the look is unruled, a
 * borderless grid with a rule under the header only; header cells shaded if the look says so. A row that does not fit is
 * continued on the next page between bands, its part on each page closed by its own rules (as
 * word processors print it), and the header is repeated there if the layout says so.
 */
public final class RuledTableDrawer {

    private final PageWriter w;
    /** No rules at all, whatever the look: text set out in columns by whitespace alone. */
    private final boolean bare;
    /** Every cell boxed, whatever the look. */
    private final boolean boxed;

    public RuledTableDrawer(PageWriter w) {
        this(w, false, false);
    }

    private RuledTableDrawer(PageWriter w, boolean bare, boolean boxed) {
        this.w = w;
        this.bare = bare;
        this.boxed = boxed;
    }

    /** A drawer that sets the columns out by whitespace alone: no rules, no shading, whatever the look. */
    public static RuledTableDrawer bare(PageWriter w) {
        return new RuledTableDrawer(w, true, false);
    }

    /** A drawer that boxes every cell, whatever the look. */
    public static RuledTableDrawer boxed(PageWriter w) {
        return new RuledTableDrawer(w, false, true);
    }

    private boolean ruled() {
        return boxed || !bare && w.look().ruled();
    }

    /** Draws the rows; returns the page of each band, the cells as printed and where the table sits. */
    public DrawnTable draw(Layout layout, List<Row> rows) {
        List<List<Integer>> pages = new ArrayList<>();
        Extent extent = new Extent();
        if (layout.header() != null) {
            extent.mark();
            drawHeader(layout);
        }
        for (Row row : rows) {
            List<Integer> bandPages = new ArrayList<>();
            float first = height(layout, row.bands().get(0)) + layout.pad();
            if (!w.fits(first)) {
                extent.leave();
                newPage(layout);
            }
            extent.mark();
            float segTop = w.y();
            hRule(layout, segTop);
            for (Band band : row.bands()) {
                float h = height(layout, band);
                if (!w.fits(h + layout.pad())) {
                    closeSegment(layout, segTop);
                    extent.leave();
                    newPage(layout);
                    segTop = w.y();
                    hRule(layout, segTop);
                }
                drawBand(layout, band);
                bandPages.add(w.pageNumber());
            }
            w.down(layout.pad());
            closeSegment(layout, segTop);
            pages.add(bandPages);
        }
        extent.leave();
        float h = w.height();
        List<Float> bbox = List.of(round(layout.x()), round(h - extent.top), round(layout.x() + layout.width()),
                round(h - extent.bottom));
        return new DrawnTable(pages, TableTranscript.rows(layout, rows, w.look().hyphenate()),
                layout.header() == null ? 0 : 1, extent.firstPage, w.pageNumber(), bbox);
    }

    /**
     * Where one drawing of a table starts and how far down its first page it reaches: marked when
     * the first header or row is drawn (a row pushed to the next page before anything was drawn
     * moves the start with it), and the bottom taken when the cursor leaves the first page.
     */
    private final class Extent {
        private int firstPage = -1;
        private float top;
        private float bottom;
        private boolean left;

        void mark() {
            if (firstPage < 0) {
                firstPage = w.pageNumber();
                top = w.y();
            }
        }

        void leave() {
            if (w.pageNumber() == firstPage && !left) {
                bottom = w.y();
                left = true;
            }
        }
    }

    private static float round(float v) {
        return Math.round(v * 10) / 10f;
    }

    private void newPage(Layout layout) {
        w.breakPage();
        if (layout.header() != null && layout.repeatHeader()) {
            drawHeader(layout);
        }
    }

    private void drawHeader(Layout layout) {
        float top = w.y();
        if (!bare && w.look().shadedHeader()) {
            float h = height(layout, layout.header()) + layout.pad();
            w.fill(layout.x(), top - h, layout.width(), h, 0.85f);
        }
        hRule(layout, top);
        drawBand(layout, layout.header());
        w.down(layout.pad());
        closeSegment(layout, top);
        if (!bare && !ruled()) {
            w.line(layout.x(), w.y(), layout.x() + layout.width(), w.y());
        }
    }

    private void closeSegment(Layout layout, float segTop) {
        if (!ruled()) {
            return;
        }
        float bottom = w.y();
        hRule(layout, bottom);
        float x = layout.x();
        w.line(x, segTop, x, bottom);
        for (float width : layout.widths()) {
            x += width;
            w.line(x, segTop, x, bottom);
        }
    }

    private void hRule(Layout layout, float at) {
        if (ruled()) {
            w.line(layout.x(), at, layout.x() + layout.width(), at);
        }
    }

    private float height(Layout layout, Band band) {
        float max = 0;
        for (int c = 0; c < band.cells().size(); c++) {
            float h = 0;
            for (Para p : band.cells().get(c)) {
                h += lines(layout, c, p).size() * p.style().leading();
            }
            max = Math.max(max, h);
        }
        return max + layout.pad();
    }

    private List<String> lines(Layout layout, int column, Para p) {
        return TextWrap.wrap(p.text(), p.style(), layout.textWidth(column, p), w.look().hyphenate());
    }

    /** Column by column, so text extraction in stream order reads each cell as a whole. */
    private void drawBand(Layout layout, Band band) {
        float top = w.y() - layout.pad();
        float x = layout.x();
        float bandHeight = height(layout, band);
        for (int c = 0; c < band.cells().size(); c++) {
            float baseline = top;
            for (Para p : band.cells().get(c)) {
                for (String line : lines(layout, c, p)) {
                    w.text(line, p.style(), x + layout.pad() + p.indent(), baseline - p.style().size());
                    baseline -= p.style().leading();
                }
            }
            x += layout.widths()[c];
        }
        w.down(bandHeight);
    }
}
