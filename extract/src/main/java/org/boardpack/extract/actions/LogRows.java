package org.boardpack.extract.actions;

import java.util.List;

/**
 * The body of one action log, however it was found: its header and its rows of cell texts
 * (every row as long as the header), each row with the page it is printed on, and where the log
 * starts: page {@code startPage}, {@code top} points from the page's top, so a row can be placed in
 * the paper that holds it when two papers share a page.
 */
record LogRows(LogHeader header, List<List<String>> rows, List<Integer> pages, int startPage, float top) {

    LogRows {
        rows = rows.stream().map(List::copyOf).toList();
        pages = List.copyOf(pages);
        if (rows.size() != pages.size()) {
            throw new IllegalArgumentException("one page per row");
        }
    }

    /**
     * Where on its page row {@code r}'s log stands: the log's top on the page it starts on, the
     * page's top on a page it goes on over (a continued log runs from the top of the page).
     */
    float yOf(int r) {
        return pages.get(r) == startPage ? top : 0f;
    }
}
