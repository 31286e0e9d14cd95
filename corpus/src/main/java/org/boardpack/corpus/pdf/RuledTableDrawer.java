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

    public RuledTableDrawer(PageWriter w) {
        this.w = w;
    }

    /** Draws the rows; returns, for each row, the page each of its bands was printed on. */
    public List<List<Integer>> draw(Layout layout, List<Row> rows) {
        List<List<Integer>> pages = new ArrayList<>();
        if (layout.header() != null) {
            drawHeader(layout);
        }
        for (Row row : rows) {
            List<Integer> bandPages = new ArrayList<>();
            float first = height(layout, row.bands().get(0)) + layout.pad();
            if (!w.fits(first)) {
                newPage(layout);
            }
            float segTop = w.y();
            hRule(layout, segTop);
            for (Band band : row.bands()) {
                float h = height(layout, band);
                if (!w.fits(h + layout.pad())) {
                    closeSegment(layout, segTop);
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
        return pages;
    }

    private void newPage(Layout layout) {
        w.breakPage();
        if (layout.header() != null && layout.repeatHeader()) {
            drawHeader(layout);
        }
    }

    private void drawHeader(Layout layout) {
        float top = w.y();
        if (w.look().shadedHeader()) {
            float h = height(layout, layout.header()) + layout.pad();
            w.fill(layout.x(), top - h, total(layout), h, 0.85f);
        }
        hRule(layout, top);
        drawBand(layout, layout.header());
        w.down(layout.pad());
        closeSegment(layout, top);
        if (!w.look().ruled()) {
            w.line(layout.x(), w.y(), layout.x() + total(layout), w.y());
        }
    }

    private void closeSegment(Layout layout, float segTop) {
        if (!w.look().ruled()) {
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
        if (w.look().ruled()) {
            w.line(layout.x(), at, layout.x() + total(layout), at);
        }
    }

    private static float total(Layout layout) {
        float total = 0;
        for (float width : layout.widths()) {
            total += width;
        }
        return total;
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
        return TextWrap.wrap(p.text(), p.style(), layout.widths()[column] - 2 * layout.pad() - p.indent(),
                w.look().hyphenate());
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
