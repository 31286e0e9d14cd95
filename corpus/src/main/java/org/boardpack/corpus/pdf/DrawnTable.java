package org.boardpack.corpus.pdf;

import java.util.List;
import org.boardpack.model.tables.Table;

/**
 * What {@link RuledTableDrawer} drew: the page of every band of every row (other answers name the
 * page their row was printed on), the cells as a reader transcribes them, and where the table
 * sits: its first and last page and its frame on the first page.
 *
 * @param bandPages  for each row, the page each of its bands was printed on
 * @param cells      the rows as transcribed, the header row first when there is one
 * @param headerRows 1 with a header row, else 0
 * @param bbox       {@code [x0, top, x1, bottom]} on the first page, points, origin top-left
 */
public record DrawnTable(List<List<Integer>> bandPages, List<List<String>> cells, int headerRows, int firstPage,
                         int lastPage, List<Float> bbox) {

    public DrawnTable {
        bandPages = bandPages.stream().map(List::copyOf).toList();
        cells = cells.stream().map(List::copyOf).toList();
        bbox = List.copyOf(bbox);
    }

    /** The page row {@code row} (not counting the header) starts on. */
    public int rowPage(int row) {
        return bandPages.get(row).get(0);
    }

    /** The table's answer; {@code title} is the caption printed above it, or null. */
    public Table answer(String title) {
        return new Table(firstPage, title, bbox, headerRows, cells, lastPage > firstPage ? lastPage : null);
    }
}
