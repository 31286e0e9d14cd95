package org.boardpack.corpus.pdf;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.pdf.Table.Band;
import org.boardpack.corpus.pdf.Table.Layout;
import org.boardpack.corpus.pdf.Table.Para;
import org.boardpack.corpus.pdf.Table.Row;

/**
 * A two-column block of bold keys and wrapped values ({@code Date | Thursday 9 March 2023}), the
 * header of charity minutes and of many cover sheets. Ruled or not as the look says. A label/value
 * title block is no table to the annotation guide ("Every data grid …, not label/value title
 * blocks"), so callers draw it for its rows' pages and answer no table for it.
 */
public final class KeyValueTable {

    /** A key and its value; the value wraps within its cell. */
    public record Entry(String key, String value) {
    }

    private final PageWriter w;

    public KeyValueTable(PageWriter w) {
        this.w = w;
    }

    /** Draws the entries across the page's text width; row {@code i} of the result is entry {@code i}. */
    public DrawnTable draw(List<Entry> entries, float keyWidth, Style key, Style value) {
        List<Row> rows = new ArrayList<>();
        for (Entry e : entries) {
            rows.add(Row.of(Band.of(List.of(new Para(e.key(), key)), List.of(new Para(e.value(), value)))));
        }
        float[] widths = {keyWidth, w.right() - w.left() - keyWidth};
        return new RuledTableDrawer(w).draw(new Layout(w.left(), widths, 4f, null, false), rows);
    }
}
