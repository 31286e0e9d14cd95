package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * A bold row of column headings over a grid of text, set out by whitespace alone ("No. | Minute |
 * Action | By when", "Item | Discussion | Lead"), as word processors print a table whose borders
 * are hidden. Under it a numbered paragraph ("4.1  The Chief Executive presented …") or a wrapped
 * line of a cell reads like prose, yet each of its runs of words starts under a heading and stays
 * left of the next one: the lines are the grid's rows, not text after it. A line that runs across
 * a heading's left edge (a full-width paragraph, "The meeting closed at …") ends the grid.
 */
final class HeadingGrid {

    /** Headings of a grid have at least this many columns: two bold runs are a label and its value. */
    static final int MIN_HEADINGS = 3;
    /** Words a column heading holds at most ("Action/Decision", "By when", "Page Nos."). */
    static final int HEADING_WORDS = 3;

    private final TextLine line;
    private final List<TextLine> headings;
    private final float tolerance;

    private HeadingGrid(TextLine line, List<TextLine> headings, float tolerance) {
        this.line = line;
        this.headings = headings;
        this.tolerance = tolerance;
    }

    /** The grid the line heads, if it is a row of bold, short, figure-free headings. */
    static Optional<HeadingGrid> of(TextLine line) {
        List<TextLine> parts = line.segments(StreamRegionFinder.SEGMENT_GAP_EMS);
        if (parts.size() < MIN_HEADINGS || !line.bold()) {
            return Optional.empty();
        }
        for (TextLine part : parts) {
            String text = part.text().strip();
            if (text.split("\\s+").length > HEADING_WORDS || Figures.figure(text)) {
                return Optional.empty();
            }
        }
        float glyph = TableTolerances.glyphHeight(List.of(line));
        return Optional.of(new HeadingGrid(line, parts, TableTolerances.ALIGN_GLYPHS * glyph));
    }

    /**
     * Whether every run of the line's words starts under a heading's left edge and ends before
     * the next heading's: a row (or a wrapped line of a row) of the grid.
     */
    boolean fits(TextLine line) {
        for (TextLine part : line.segments(StreamRegionFinder.SEGMENT_GAP_EMS)) {
            int column = columnAt(part.x0());
            if (column < 0) {
                return false;
            }
            boolean last = column == headings.size() - 1;
            if (!last && part.x1() > headings.get(column + 1).x0() - tolerance) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the line is a paragraph after the grid: set from the first heading's left edge or
     * the margin left of it (cells are padded in from the table's edge), in regular type, one run
     * of words across the second heading's left edge, where no cell reaches.
     * (A bold title across the columns heads a section of the grid.)
     */
    boolean endedBy(TextLine line) {
        List<TextLine> parts = line.segments(StreamRegionFinder.SEGMENT_GAP_EMS);
        return parts.size() == 1 && !line.bold() && line.x0() <= headings.getFirst().x0() + tolerance
                && line.x1() > headings.get(1).x0() + tolerance;
    }

    /** Whether every run of the line starts at a heading's left edge: a line of the grid's columns. */
    boolean linesUp(TextLine line) {
        return line.segments(StreamRegionFinder.SEGMENT_GAP_EMS).stream().allMatch(p -> columnAt(p.x0()) >= 0);
    }

    /**
     * The block's columns with a boundary before every heading that the whitespace alone did not
     * show (a column left empty on most rows, "Action" beside minutes that record no actions), and
     * before a heading word where runs of the rows start too ("Action/Decision By when" crowded
     * into one run over two columns). No boundary is put where a word of the block runs across.
     */
    StreamColumns columns(StreamColumns found, List<TextLine> lines) {
        List<float[]> rivers = new ArrayList<>(found.rivers());
        List<Float> edges = new ArrayList<>();
        headings.stream().skip(1).forEach(h -> edges.add(h.x0()));
        for (Word w : line.words()) {
            boolean inside = headings.stream().noneMatch(h -> Math.abs(h.x0() - w.x0()) <= tolerance);
            boolean runsStart = lines.stream().flatMap(l -> l.segments(StreamRegionFinder.SEGMENT_GAP_EMS).stream())
                    .anyMatch(part -> part != line && Math.abs(part.x0() - w.x0()) <= tolerance);
            if (inside && runsStart) {
                edges.add(w.x0());
            }
        }
        for (float edge : edges) {
            float left = Float.NEGATIVE_INFINITY;
            boolean crossed = false;
            for (TextLine l : lines) {
                for (Word w : l.words()) {
                    crossed |= w.x0() < edge - tolerance && w.x1() > edge + tolerance;
                    if (w.x0() < edge - tolerance && w.x1() <= edge + tolerance) {
                        left = Math.max(left, w.x1());
                    }
                }
            }
            boolean shown = rivers.stream().anyMatch(r -> r[1] >= edge - tolerance && r[0] <= edge + tolerance);
            if (!crossed && !shown && left > Float.NEGATIVE_INFINITY && left < edge) {
                rivers.add(new float[] {left, edge});
            }
        }
        rivers.sort(Comparator.comparingDouble(r -> r[0]));
        return new StreamColumns(found.x0(), found.x1(), rivers);
    }

    /** The heading whose left edge is at x, or -1. */
    private int columnAt(float x) {
        for (int i = 0; i < headings.size(); i++) {
            if (Math.abs(headings.get(i).x0() - x) <= tolerance) {
                return i;
            }
        }
        return -1;
    }
}
