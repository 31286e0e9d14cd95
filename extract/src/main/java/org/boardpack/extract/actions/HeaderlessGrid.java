package org.boardpack.extract.actions;

import org.boardpack.extract.documents.PaperArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.extract.layout.Cell;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;

/**
 * The columns of minutes set as a ruled table that prints no header row ({@code FGB 98/2122 |
 * To record those present | The meeting commenced … | Clerk}): rows whose first cell is an item
 * number, ruled into the same columns, the widest of them the discussion and the last, narrower,
 * the action column. Of several such tables the one with most numbered rows is the minutes (an
 * action summary table numbers its rows too, but it is short, and its header names its columns as
 * a log's).
 */
final class HeaderlessGrid {

    /** Rules this close (points) are the same column edge. */
    private static final float SAME_EDGE = 2.5f;
    /** A grid of fewer numbered rows is no minutes table. */
    private static final int MIN_ROWS = 2;

    /** Where the grid starts and its bands. */
    record Found(int page, TextLine first, MinutesHeader.Bands bands) {
    }

    private record Row(int page, TextLine line, List<Cell> cells) {
    }

    private final CellSplitter splitter = CellSplitter.standard();

    Optional<Found> find(ParsedDocument doc, DocumentSpan minutes, HeadingRoles roles) {
        List<List<Row>> groups = new ArrayList<>();
        Row logHeader = null; // the rows under a log's header, in its columns, are the log's
        for (int n = minutes.firstPage(); n <= minutes.lastPage(); n++) {
            Page page = PaperArea.page(doc, minutes, n);
            for (TextLine line : page.bodyLines()) {
                CellSplitter.Row row = splitter.row(page, line);
                Row here = new Row(n, line, row.cells());
                if (!row.ruled() || row.cells().size() < 3) {
                    continue;
                }
                if (LogHeader.of(row.cells().stream().map(Cell::text).toList(), roles).isPresent()) {
                    logHeader = here;
                } else if (MinutesItemNumber.leading(row.cells().getFirst().text()).isPresent()
                        && (logHeader == null || !sameColumns(logHeader, here))) {
                    group(groups, here);
                }
            }
        }
        List<Row> best = null;
        for (List<Row> g : groups) {
            if (g.size() >= MIN_ROWS && (best == null || g.size() > best.size()) && bands(g.getFirst()) != null) {
                best = g;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Row first = best.getFirst();
        return Optional.of(new Found(first.page(), first.line(), bands(first)));
    }

    /** The discussion and action columns' bands, or null when the last column is not an action column. */
    private static MinutesHeader.Bands bands(Row row) {
        List<Cell> cells = row.cells();
        int widest = 0;
        for (int i = 1; i < cells.size(); i++) {
            if (cells.get(i).width() > cells.get(widest).width()) {
                widest = i;
            }
        }
        Cell action = cells.getLast();
        if (widest == 0 || widest == cells.size() - 1 || action.width() >= cells.get(widest).width()) {
            return null;
        }
        return new MinutesHeader.Bands(cells.get(widest).left(), action.left(), action.right());
    }

    private static void group(List<List<Row>> groups, Row row) {
        for (List<Row> g : groups) {
            if (sameColumns(g.getFirst(), row)) {
                g.add(row);
                return;
            }
        }
        groups.add(new ArrayList<>(List.of(row)));
    }

    private static boolean sameColumns(Row a, Row b) {
        if (a.cells().size() != b.cells().size()) {
            return false;
        }
        for (int i = 0; i < a.cells().size(); i++) {
            if (Math.abs(a.cells().get(i).left() - b.cells().get(i).left()) > SAME_EDGE
                    || Math.abs(a.cells().get(i).right() - b.cells().get(i).right()) > SAME_EDGE) {
                return false;
            }
        }
        return true;
    }
}
