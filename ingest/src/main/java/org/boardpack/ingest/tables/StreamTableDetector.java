package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * Stream tables: tables drawn without ruling lines, found from how their words line up. Blocks of
 * lines split by wide gaps whose gaps line up down the block (whitespace rivers) become tables:
 * columns at the rivers, rows where the anchor column has text or the spacing says so, wrapped
 * cells joined. Blocks that read as lists or running text are left alone. Words inside regions
 * {@code taken} by another detector are ignored.
 */
public final class StreamTableDetector implements TableDetector {

    public static final String METHOD = "stream";

    private final StreamRegionFinder regions = new StreamRegionFinder();
    private final RowAssembler rowAssembler = new RowAssembler();
    private final HeaderRowGuesser headers = new HeaderRowGuesser();
    private final StreamTableCheck check = new StreamTableCheck();

    @Override
    public List<DetectedTable> detect(Page page, List<float[]> taken) {
        List<DetectedTable> out = new ArrayList<>();
        // a page in two columns of prose is read column by column: lines level across the gutter
        // are no rows of one table
        for (ProseColumns.Column column : ProseColumns.split(freeLines(page, taken), page.width())) {
            detect(page, column, out);
        }
        return out;
    }

    private void detect(Page page, ProseColumns.Column column, List<DetectedTable> out) {
        for (StreamBlock block : regions.find(column.lines(), column.width(), page.rulings())) {
            List<StreamRow> assembled = rowAssembler.assemble(block.lines(), block.columns(), block.fontSize());
            if (assembled.isEmpty()) {
                continue;
            }
            for (List<StreamRow> part : StackedTables.split(assembled)) {
                List<StreamRow> rows = dropEmptyColumns(OutlineRows.group(part, block.lines(), block.columns(),
                        TableTolerances.glyphHeight(block.lines())));
                int columns = rows.isEmpty() ? 0 : rows.getFirst().cells().size();
                if (check.isTable(rows, columns)) {
                    out.add(table(page, block, rows));
                }
            }
        }
    }

    private DetectedTable table(Page page, StreamBlock block, List<StreamRow> rows) {
        float x0 = Float.POSITIVE_INFINITY;
        float x1 = Float.NEGATIVE_INFINITY;
        for (TextLine line : block.lines()) {
            boolean inRows = line.bottom() > rows.getFirst().top() && line.top() < rows.getLast().bottom();
            if (inRows) {
                x0 = Math.min(x0, line.x0());
                x1 = Math.max(x1, line.x1());
            }
        }
        return new DetectedTable(page.number(), page.number(), x0, rows.getFirst().top(), x1,
                rows.getLast().bottom(), headers.guess(rows), rows.stream().map(StreamRow::cells).toList(), METHOD);
    }

    /** The page's lines without the words that lie (by their centre) in a region another detector took. */
    static List<TextLine> freeLines(Page page, List<float[]> taken) {
        if (taken.isEmpty()) {
            return page.lines();
        }
        List<TextLine> out = new ArrayList<>();
        for (TextLine line : page.lines()) {
            List<Word> free = line.words().stream().filter(w -> !inside(w, taken)).toList();
            if (!free.isEmpty()) {
                out.add(new TextLine(free));
            }
        }
        return out;
    }

    private static boolean inside(Word w, List<float[]> taken) {
        float x = (w.x0() + w.x1()) / 2;
        float y = (w.top() + w.bottom()) / 2;
        for (float[] r : taken) {
            if (x >= r[0] && x <= r[2] && y >= r[1] && y <= r[3]) {
                return true;
            }
        }
        return false;
    }

    private static List<StreamRow> dropEmptyColumns(List<StreamRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        int n = rows.getFirst().cells().size();
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            int col = c;
            if (rows.stream().anyMatch(r -> !r.cells().get(col).isEmpty())) {
                keep.add(c);
            }
        }
        if (keep.size() == n) {
            return rows;
        }
        return rows.stream().map(r -> new StreamRow(keep.stream().map(r.cells()::get).toList(),
                r.top(), r.bottom(), r.bold(), r.lines())).toList();
    }
}
