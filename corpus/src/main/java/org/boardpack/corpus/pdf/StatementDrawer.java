package org.boardpack.corpus.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a statement of accounts as councils print one, with no cell rules: labels on the left,
 * figures right-aligned under right-aligned headings, bold section headings, blank space before
 * each section after the first, totals under short rules that span their figures only. Tables
 * drawn one after another with no gap read as stacked tables. Each statement is kept on one page.
 */
public final class StatementDrawer {

    /** Blank space before a later section, in line pitches: wider than the space between rows. */
    private static final float SECTION_GAP_PITCHES = 2.6f;

    private final PageWriter w;

    public StatementDrawer(PageWriter w) {
        this.w = w;
    }

    /** One printed line of a statement: a section heading (label only, bold), an item, or a total. */
    public record Line(String label, List<String> amounts, Kind kind) {
        public Line {
            amounts = List.copyOf(amounts);
        }
    }

    public enum Kind { HEADING, ITEM, TOTAL }

    /**
     * Draws the statement at the cursor: {@code labelX} the labels' left edge, {@code rights} the
     * figure columns' right edges, {@code headings} one heading per figure column. Returns the
     * statement as a reader copies it: the heading row, then one row per line, blank space dropped.
     */
    public DrawnTable draw(float labelX, float[] rights, List<String> headings, List<Line> lines, Style plain,
                           Style bold) {
        float pitch = plain.leading();
        float gaps = lines.stream().filter(l -> l.kind() == Kind.HEADING).count() * SECTION_GAP_PITCHES * pitch;
        w.ensure((lines.size() + 2) * pitch + gaps);
        int page = w.pageNumber();
        float top = w.y();
        List<List<String>> cells = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("");
        for (int c = 0; c < rights.length; c++) {
            w.text(headings.get(c), bold, rights[c] - bold.width(headings.get(c)), w.y() - bold.size());
            header.add(headings.get(c));
        }
        cells.add(header);
        w.down(pitch * 1.4f);
        boolean first = true;
        List<List<Integer>> bandPages = new ArrayList<>();
        for (Line line : lines) {
            if (line.kind() == Kind.HEADING && !first) {
                w.down(SECTION_GAP_PITCHES * pitch);
            }
            first = false;
            Style s = line.kind() == Kind.ITEM ? plain : bold;
            float baseline = w.y() - s.size();
            if (line.kind() == Kind.TOTAL) {
                for (int c = 0; c < rights.length; c++) {
                    if (!line.amounts().get(c).isEmpty()) {
                        w.line(rights[c] - s.width(line.amounts().get(c)) - 2, w.y() + 1, rights[c] + 1, w.y() + 1);
                    }
                }
            }
            w.text(line.label(), s, labelX, baseline);
            List<String> row = new ArrayList<>();
            row.add(line.label());
            for (int c = 0; c < rights.length; c++) {
                String amount = c < line.amounts().size() ? line.amounts().get(c) : "";
                w.text(amount, s, rights[c] - s.width(amount), baseline);
                row.add(amount);
            }
            cells.add(row);
            bandPages.add(List.of(page));
            w.down(pitch);
        }
        float h = w.height();
        List<Float> bbox = List.of(round(labelX), round(h - top), round(rights[rights.length - 1]), round(h - w.y()));
        return new DrawnTable(bandPages, cells, 1, page, page, bbox);
    }

    private static float round(float v) {
        return Math.round(v * 10) / 10f;
    }
}
