package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * A table whose first row stands alone at the foot of a page and whose other rows head the next
 * page, no header repeated (a budget whose first cost line falls just before the page break): the
 * foot holds too few lines to read as a table of its own. The foot lines are set just above the
 * rows on the next page, one line pitch apart, and the two read again as one block; when that
 * reading keeps every row of the table and adds rows before them, the table starts on the earlier
 * page with those rows.
 */
final class PageFootRows {

    /** Most lines at a page foot taken as the rows of a table continuing overleaf. */
    static final int MAX_FOOT_LINES = 6;
    /** Widest step, baseline to baseline in the table's line pitches, between foot lines of its rows: a blank line ends them. */
    static final float FOOT_GAP_PITCHES = 1.5f;
    /** Body lines allowed above a continued table on its page (a heading, "continued"). */
    private static final int HEAD_LINES = 2;

    private final TableDetector stream = new StreamTableDetector();

    /** The tables, each unruled table heading a page without a header extended by the foot rows before it. */
    List<DetectedTable> extend(List<DetectedTable> tables, List<Page> pages) {
        List<DetectedTable> out = new ArrayList<>(tables.size());
        for (DetectedTable t : tables) {
            out.add(extend(t, tables, pages));
        }
        return out;
    }

    private DetectedTable extend(DetectedTable t, List<DetectedTable> tables, List<Page> pages) {
        if (t.page() < 2 || t.headerRows() > 0 || !StreamTableDetector.METHOD.equals(t.method())) {
            return t;
        }
        Page page = pages.get(t.page() - 1);
        Page previous = pages.get(t.page() - 2);
        List<TextLine> rows = page.bodyLines().stream()
                .filter(l -> l.top() >= t.top() - 1 && l.bottom() <= t.bottom() + 1).toList();
        long above = page.bodyLines().stream().filter(l -> l.bottom() < t.top()).count();
        if (rows.size() < 2 || above > HEAD_LINES) {
            return t;
        }
        List<TextLine> foot = foot(previous, t, TableTolerances.pitch(rows));
        boolean inTable = tables.stream().anyMatch(o -> o.lastPage() == previous.number() && !foot.isEmpty()
                && o.bottom() >= foot.getFirst().top());
        if (foot.isEmpty() || inTable || foot.stream().noneMatch(StreamRegionFinder::tabular)) {
            return t;
        }
        List<TextLine> joined = new ArrayList<>(shifted(foot, rows.getFirst().bottom() - TableTolerances.pitch(rows)
                - foot.getLast().bottom()));
        joined.addAll(rows);
        List<DetectedTable> read = stream.detect(new Page(page.number(), page.width(), page.height(), page.rotation(),
                joined), List.of());
        if (read.size() != 1) {
            return t;
        }
        List<List<String>> all = read.getFirst().rows();
        int added = all.size() - t.rows().size();
        if (added < 1 || !all.subList(added, all.size()).equals(t.rows())) {
            return t;
        }
        if (foot.stream().filter(StreamRegionFinder::tabular).count() == 1) {
            // one row at the foot: its label may wrap over lines above its figures, all one cell
            List<String> row = singleRow(foot, all.get(added - 1));
            if (row == null) {
                return t;
            }
            all = new ArrayList<>(t.rows());
            all.addFirst(row);
        }
        float x0 = Math.min(t.x0(), (float) foot.stream().mapToDouble(TextLine::x0).min().orElseThrow());
        float x1 = Math.max(t.x1(), (float) foot.stream().mapToDouble(TextLine::x1).max().orElseThrow());
        return new DetectedTable(previous.number(), t.lastPage(), x0, foot.getFirst().top(), x1,
                foot.getLast().bottom(), 0, all, t.method());
    }

    /**
     * The one row a foot holds when only its last line has parts in several columns: the lines
     * above it, set over its first part, are the start of that part's cell. Null when the foot
     * is not shaped so.
     */
    private static List<String> singleRow(List<TextLine> foot, List<String> read) {
        TextLine last = foot.getLast();
        if (!StreamRegionFinder.tabular(last)) {
            return null;
        }
        TextLine first = last.segments(StreamRegionFinder.SEGMENT_GAP_EMS).getFirst();
        int column = 0;
        while (column < read.size() && read.get(column).isEmpty()) {
            column++;
        }
        if (column == read.size() || !read.get(column).endsWith(first.text())) {
            return null;
        }
        StringBuilder label = new StringBuilder();
        for (TextLine line : foot.subList(0, foot.size() - 1)) {
            if (line.x1() < first.x0() || line.x0() > first.x1()) {
                return null;
            }
            label.append(line.text()).append(' ');
        }
        List<String> row = new ArrayList<>(read);
        row.set(column, (label + first.text()).strip());
        return row;
    }

    /** The lines at the foot of the page, bottom up while they sit within the table's width and close together. */
    private static List<TextLine> foot(Page page, DetectedTable t, float pitch) {
        List<TextLine> body = page.bodyLines();
        List<TextLine> out = new ArrayList<>();
        float slack = pitch;
        for (int i = body.size() - 1; i >= 0 && out.size() < MAX_FOOT_LINES; i--) {
            TextLine line = body.get(i);
            boolean within = line.x0() >= t.x0() - slack && line.x1() <= t.x1() + slack;
            boolean close = out.isEmpty() || out.getFirst().bottom() - line.bottom() <= FOOT_GAP_PITCHES * pitch;
            if (!within || !close) {
                break;
            }
            out.addFirst(line);
        }
        return out;
    }

    private static List<TextLine> shifted(List<TextLine> lines, float dy) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            out.add(new TextLine(line.words().stream().map(w -> new Word(w.text(), w.x0(), w.top() + dy, w.x1(),
                    w.bottom() + dy, w.font(), w.fontSize(), w.bold(), w.italic())).toList()));
        }
        return out;
    }
}
