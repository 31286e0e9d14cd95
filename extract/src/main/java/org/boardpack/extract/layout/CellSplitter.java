package org.boardpack.extract.layout;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.Ruling;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * Splits a text line into the cells of the columns it crosses. Where vertical rules cross the
 * line (a ruled table) the rules decide, because a table's columns can sit closer together than
 * any whitespace rule would accept: the minutes' Action column ({@code Action 31 / MT}) shares its
 * baselines with the Discussion paragraphs, often less than an em away. Elsewhere a gap wider than
 * {@code gapEms} times the font size separates columns.
 */
public final class CellSplitter {

    /** Rules closer than this (points) are one rule drawn twice. */
    private static final float SAME_RULE = 2f;

    private final float gapEms;

    public CellSplitter(float gapEms) {
        this.gapEms = gapEms;
    }

    /** The usual split: a gap of one and a half ems. */
    public static CellSplitter standard() {
        return new CellSplitter(1.5f);
    }

    /** A line's cells, and whether rules decided them. */
    public record Row(List<Cell> cells, boolean ruled) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The line's cells left to right; for a ruled row every column between two rules, empty or not. */
    public Row row(Page page, TextLine line) {
        List<Float> rules = rulesAcross(page, line);
        if (rules.size() < 3) {
            return new Row(gapCells(line), false);
        }
        List<List<Word>> columns = new ArrayList<>();
        for (int i = 0; i + 1 < rules.size(); i++) {
            columns.add(new ArrayList<>());
        }
        List<Word> outside = new ArrayList<>();
        for (Word w : line.words()) {
            float mid = (w.x0() + w.x1()) / 2;
            int column = -1;
            for (int i = 0; i + 1 < rules.size(); i++) {
                if (mid >= rules.get(i) && mid < rules.get(i + 1)) {
                    column = i;
                    break;
                }
            }
            (column < 0 ? outside : columns.get(column)).add(w);
        }
        if (!outside.isEmpty()) {
            // the rules belong to something else (a box beside the text): trust the gaps
            return new Row(gapCells(line), false);
        }
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            out.add(new Cell(rules.get(i), rules.get(i + 1), columns.get(i)));
        }
        return new Row(out, true);
    }

    private List<Cell> gapCells(TextLine line) {
        List<Cell> out = new ArrayList<>();
        for (TextLine segment : line.segments(gapEms)) {
            out.add(new Cell(segment.x0(), segment.x1(), segment.words()));
        }
        return out;
    }

    /** x of every vertical rule crossing the line's middle, left to right, duplicates merged. */
    private static List<Float> rulesAcross(Page page, TextLine line) {
        float mid = (line.top() + line.bottom()) / 2;
        List<Float> xs = new ArrayList<>();
        for (Ruling r : page.rulings()) {
            if (r.vertical() && r.top() <= mid && r.bottom() >= mid) {
                xs.add(r.x0());
            }
        }
        xs.sort(Float::compare);
        List<Float> merged = new ArrayList<>();
        for (float x : xs) {
            if (merged.isEmpty() || x - merged.getLast() > SAME_RULE) {
                merged.add(x);
            }
        }
        return merged;
    }
}
