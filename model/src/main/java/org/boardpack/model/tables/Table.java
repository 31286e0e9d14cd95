package org.boardpack.model.tables;

import java.util.List;

/**
 * A table as a grid of cell strings, every row the same length; a spanning cell's text is in its
 * first cell and {@code ""} in the cells it covers. {@code bbox} is {@code [x0, y0, x1, y1]} in PDF
 * points, origin top-left, on the table's first page. {@code lastPage} (an addition to the format)
 * is the page the table ends on when it continues across pages.
 */
public record Table(int page, String title, List<Float> bbox, int headerRows, List<List<String>> rows,
                    Integer lastPage) {

    public Table(int page, String title, List<Float> bbox, int headerRows, List<List<String>> rows) {
        this(page, title, bbox, headerRows, rows, null);
    }
}
