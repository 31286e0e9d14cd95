package org.boardpack.extract.decisions;

import org.boardpack.extract.documents.PaperArea;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.boardpack.extract.layout.Cell;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.ingest.tables.DetectedTable;
import org.boardpack.model.documents.DocumentSpan;

/**
 * Small borderless grids with a decision column that the table finder leaves unfound: a header
 * line of three or more short cells, one of them a decision column's name alone
 * ({@code Applicant  Purpose  Amount  Decision}), and below it the lines whose cells start at its
 * columns. A line with cells in two or more columns, one of them the first, starts a row; a line
 * close under the one above (less than one and a half glyph heights between them) goes on with the row's
 * cells (a wrapped applicant's name); anything else ends the grid. Distances are in the lines'
 * own glyph heights.
 */
final class UnruledDecisionGrids {

    /** Words of a cell that names the grid's columns, at most. */
    private static final int HEADER_WORDS = 3;
    /** How far, in glyph heights, a cell may start from its column's left edge. */
    private static final float ALIGN = 1.0f;
    /** The gap, in glyph heights, under which a line goes on with the row above (a wrapped cell's leading). */
    private static final float WRAP_GAP = 1.5f;
    /** The gap, in glyph heights, over which a line is no row of the grid (rows are set apart by their padding). */
    private static final float ROW_GAP = 4f;

    private final CellSplitter splitter;
    private final Pattern column = Pattern.compile("(?i)^(?:" + Lexicon.alternation("decision-columns") + ")$");

    UnruledDecisionGrids(CellSplitter splitter) {
        this.splitter = splitter;
    }

    /** The grids of a paper's pages that none of {@code found} (the table finder's) covers. */
    List<DetectedTable> find(ParsedDocument doc, DocumentSpan paper, List<DetectedTable> found) {
        List<DetectedTable> out = new ArrayList<>();
        for (int p = paper.firstPage(); p <= paper.lastPage() && p <= doc.pageCount(); p++) {
            Page page = PaperArea.page(doc, paper, p);
            List<TextLine> lines = page.bodyLines().stream().sorted(Comparator.comparingDouble(TextLine::top)).toList();
            for (int i = 0; i < lines.size(); i++) {
                TextLine line = lines.get(i);
                List<Cell> header = splitter.row(page, line).cells().stream().filter(c -> !c.isEmpty()).toList();
                if (!isHeader(header) || covered(found, p, line)) {
                    continue;
                }
                DetectedTable grid = grid(page, lines, i, header);
                if (grid != null) {
                    out.add(grid);
                }
            }
        }
        return out;
    }

    private boolean isHeader(List<Cell> cells) {
        return cells.size() >= 3 && cells.stream().allMatch(c -> c.words().size() <= HEADER_WORDS)
                && cells.stream().anyMatch(c -> column.matcher(text(c)).matches());
    }

    /** The grid under a header line, or {@code null} when no row follows it. */
    private DetectedTable grid(Page page, List<TextLine> lines, int at, List<Cell> header) {
        TextLine head = lines.get(at);
        float unit = Math.max(1f, head.bottom() - head.top());
        List<List<String>> rows = new ArrayList<>();
        rows.add(header.stream().map(UnruledDecisionGrids::text).toList());
        TextLine previous = head;
        float bottom = head.bottom();
        float right = header.getLast().right();
        for (int j = at + 1; j < lines.size(); j++) {
            TextLine line = lines.get(j);
            float gap = line.top() - previous.bottom();
            int[] columns = columnsOf(splitter.row(page, line).cells(), header, unit);
            if (columns == null || gap > ROW_GAP * unit) {
                break;
            }
            List<Cell> cells = splitter.row(page, line).cells().stream().filter(c -> !c.isEmpty()).toList();
            boolean starts = columns[0] >= 0 && cells.size() >= 2;
            boolean goesOn = !starts && rows.size() > 1 && gap < WRAP_GAP * unit;
            if (!starts && !goesOn) {
                break;
            }
            List<String> row = starts ? new ArrayList<>(Collections.nCopies(header.size(), "")) : rows.getLast();
            for (int k = 0; k < cells.size(); k++) {
                int c = columns[k + 1];
                row.set(c, (row.get(c) + " " + text(cells.get(k))).strip());
            }
            if (starts) {
                rows.add(row);
            }
            previous = line;
            bottom = line.bottom();
            right = Math.max(right, line.x1());
        }
        if (rows.size() < 2) {
            return null;
        }
        return new DetectedTable(page.number(), page.number(), header.getFirst().left(), head.top(), right, bottom, 1,
                rows, "decision-column-lines");
    }

    /**
     * The column each non-empty cell starts in ({@code [1..]}), and in {@code [0]} whether one starts
     * in the first column (0) or not (-1); {@code null} when a cell starts at no column.
     */
    private static int[] columnsOf(List<Cell> all, List<Cell> header, float unit) {
        List<Cell> cells = all.stream().filter(c -> !c.isEmpty()).toList();
        if (cells.isEmpty()) {
            return null;
        }
        int[] out = new int[cells.size() + 1];
        out[0] = -1;
        for (int k = 0; k < cells.size(); k++) {
            int found = -1;
            for (int c = 0; c < header.size(); c++) {
                if (Math.abs(cells.get(k).left() - header.get(c).left()) <= ALIGN * unit) {
                    found = c;
                }
            }
            if (found < 0) {
                return null;
            }
            out[k + 1] = found;
            if (found == 0) {
                out[0] = 0;
            }
        }
        return out;
    }

    private static boolean covered(List<DetectedTable> found, int page, TextLine line) {
        float middle = (line.top() + line.bottom()) / 2;
        return found.stream().anyMatch(t -> page >= t.page() && page <= t.lastPage()
                && (t.page() != page || middle >= t.top()) && (t.lastPage() != page || middle <= t.bottom()));
    }

    private static String text(Cell c) {
        return String.join(" ", c.words().stream().map(Word::text).toList()).strip();
    }
}
