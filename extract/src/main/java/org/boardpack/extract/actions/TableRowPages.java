package org.boardpack.extract.actions;

import java.util.Arrays;
import java.util.List;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.tables.DetectedTable;
import org.boardpack.ingest.tables.PageTableSource;

/**
 * The page each row of a table joined across pages is printed on. The joined table keeps no
 * page per row, so the pieces are found again page by page and their rows counted off in order
 * (a header repeated at the top of a continuation page is not a row of the joined table).
 */
final class TableRowPages {

    private static final float SAME = 1.5f;

    /** @param tables the document's tables, found once for every extractor */
    int[] of(DetectedTable joined, List<Page> pages, PageTableSource tables) {
        int[] out = new int[joined.rows().size()];
        Arrays.fill(out, joined.page());
        if (joined.lastPage() <= joined.page()) {
            return out;
        }
        int next = 0;
        for (int p = joined.page(); p <= joined.lastPage() && next < out.length; p++) {
            List<DetectedTable> onPage = tables.onPage(pages.get(p - 1));
            DetectedTable piece = p == joined.page() ? first(onPage, joined) : onPage.isEmpty() ? null : onPage.getFirst();
            if (piece == null) {
                continue;
            }
            int rows = piece.rows().size();
            if (p > joined.page() && repeatsHeader(joined, piece)) {
                rows -= joined.headerRows();
            }
            for (int i = 0; i < rows && next < out.length; i++) {
                out[next++] = p;
            }
        }
        for (; next < out.length; next++) {
            out[next] = joined.lastPage();
        }
        return out;
    }

    private static DetectedTable first(List<DetectedTable> onPage, DetectedTable joined) {
        for (DetectedTable t : onPage) {
            if (Math.abs(t.top() - joined.top()) <= SAME && Math.abs(t.x0() - joined.x0()) <= SAME) {
                return t;
            }
        }
        return null;
    }

    private static boolean repeatsHeader(DetectedTable joined, DetectedTable piece) {
        int h = joined.headerRows();
        return h > 0 && piece.rows().size() > h && piece.rows().subList(0, h).equals(joined.rows().subList(0, h));
    }
}
