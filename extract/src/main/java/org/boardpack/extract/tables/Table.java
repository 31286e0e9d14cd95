package org.boardpack.extract.tables;

import java.util.List;

/**
 * A table as a grid of cell strings, every row the same length; a spanning cell's text is in its
 * first cell and {@code ""} in the cells it covers. {@code bbox} is {@code [x0, y0, x1, y1]} in PDF
 * points, origin top-left, on the table's first page.
 */
public record Table(int page, String title, List<Float> bbox, int headerRows, List<List<String>> rows) {
}
