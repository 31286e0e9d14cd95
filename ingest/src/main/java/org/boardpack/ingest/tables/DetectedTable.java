package org.boardpack.ingest.tables;

import java.util.List;

/**
 * A table found on a page: its box (points, origin top-left), the grid of cell texts (every row the
 * same length; a spanning cell's text in its first grid cell and {@code ""} in the cells it covers),
 * how many leading rows are headers, and which detector found it. A table continued across pages
 * has {@code lastPage > page}; its box is on the first page.
 */
public record DetectedTable(int page, int lastPage, float x0, float top, float x1, float bottom, int headerRows,
                            List<List<String>> rows, String method) {

    public DetectedTable {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public int columns() {
        return rows.isEmpty() ? 0 : rows.getFirst().size();
    }
}
