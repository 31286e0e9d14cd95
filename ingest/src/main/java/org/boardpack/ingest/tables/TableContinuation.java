package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;

/**
 * Joins a table that breaks across pages: the last table of a page and the first table of the next
 * page are one table when the second starts at the top of its page (nothing but a running head
 * above it) and either repeats the first one's header rows or has the same columns at the same
 * positions. A repeated header is dropped from the continuation. A table under a caption of its
 * own (a line just above it starting left of it) is a new table.
 */
public final class TableContinuation {

    /** Body lines (besides running heads and footers) allowed between a table and the page edge. */
    private static final int HEAD_LINES = 2;
    private static final float SAME_EDGE = 6f;

    public List<DetectedTable> join(List<DetectedTable> tables, List<Page> pages) {
        List<DetectedTable> out = new ArrayList<>();
        for (DetectedTable t : tables) {
            DetectedTable previous = out.isEmpty() ? null : out.getLast();
            if (previous != null && continues(previous, t, pages)) {
                out.set(out.size() - 1, merge(previous, t));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private boolean continues(DetectedTable a, DetectedTable b, List<Page> pages) {
        if (b.page() != a.lastPage() + 1 || a.columns() != b.columns()) {
            return false;
        }
        if (!lastOnPage(a, pages.get(a.lastPage() - 1)) || !firstOnPage(b, pages.get(b.page() - 1))) {
            return false;
        }
        boolean sameEdges = Math.abs(a.x0() - b.x0()) <= SAME_EDGE && Math.abs(a.x1() - b.x1()) <= SAME_EDGE;
        return sameEdges || repeatsHeader(a, b);
    }

    private static boolean lastOnPage(DetectedTable t, Page page) {
        // only running footers (and a line such as "continued overleaf") may follow it on its page
        long below = page.bodyLines().stream().filter(l -> l.top() > t.bottom()).count();
        return below <= HEAD_LINES;
    }

    private static boolean firstOnPage(DetectedTable t, Page page) {
        List<TextLine> above = page.bodyLines().stream().filter((TextLine l) -> l.bottom() < t.top()).toList();
        // a line just above that starts left of the table is its own caption ("B  Income and
        // Expenditure Account"): a table under a caption of its own starts anew
        boolean captioned = !above.isEmpty() && above.getLast().x0() < t.x0() - SAME_EDGE;
        return above.size() <= HEAD_LINES && !captioned;
    }

    private static boolean repeatsHeader(DetectedTable a, DetectedTable b) {
        return a.headerRows() > 0 && b.rows().size() > a.headerRows()
                && b.rows().subList(0, a.headerRows()).equals(a.rows().subList(0, a.headerRows()));
    }

    private static DetectedTable merge(DetectedTable a, DetectedTable b) {
        List<List<String>> rows = new ArrayList<>(a.rows());
        int skip = repeatsHeader(a, b) ? a.headerRows() : 0;
        List<List<String>> more = b.rows().subList(skip, b.rows().size());
        if (!more.isEmpty() && rows.size() > a.headerRows() && OutlineRows.carriesOn(rows.getLast(), more.getFirst())) {
            rows.set(rows.size() - 1, OutlineRows.joined(rows.getLast(), more.getFirst()));
            more = more.subList(1, more.size());
        }
        rows.addAll(more);
        return new DetectedTable(a.page(), b.lastPage(), a.x0(), a.top(), a.x1(), a.bottom(), a.headerRows(), rows,
                a.method());
    }
}
