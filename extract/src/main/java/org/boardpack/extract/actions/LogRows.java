package org.boardpack.extract.actions;

import java.util.List;

/**
 * The body of one action log, however it was found: its header and its rows of cell texts
 * (every row as long as the header), each row with the page it is printed on.
 */
record LogRows(LogHeader header, List<List<String>> rows, List<Integer> pages) {

    LogRows {
        rows = rows.stream().map(List::copyOf).toList();
        pages = List.copyOf(pages);
        if (rows.size() != pages.size()) {
            throw new IllegalArgumentException("one page per row");
        }
    }
}
