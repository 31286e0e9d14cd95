package org.boardpack.ingest.tables;

import java.util.List;

/**
 * One row of a stream table: its cell texts (one per column, {@code ""} when empty), its vertical
 * extent, whether all its words are bold, and how many text lines it was built from.
 */
record StreamRow(List<String> cells, float top, float bottom, boolean bold, int lines) {

    StreamRow {
        cells = List.copyOf(cells);
    }

    int filled() {
        return (int) cells.stream().filter(c -> !c.isEmpty()).count();
    }
}
