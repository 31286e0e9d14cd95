package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.Ruling;
import org.boardpack.ingest.TextLine;

/**
 * A table broken into sections by blank space — accounts with a gap before "DEMOCRATIC, CIVIC AND
 * CENTRAL COSTS" or "Financed by:", a register with a blank line between groups — is one table
 * when the rows after the gap line up with the rows before it: their parts start (text) or end
 * (figures) at the same places. Runs parted by prose, by more than a few line pitches or by the
 * edge of a box, or whose rows do not line up, stay apart.
 */
final class AlignedRuns {

    /** Consecutive lines; {@code afterGap} when only blank space, no prose, parts them from the run before. */
    record Run(List<TextLine> lines, boolean afterGap) {
    }

    private AlignedRuns() {
    }

    static List<List<TextLine>> join(List<Run> runs, List<Ruling> rulings) {
        List<List<TextLine>> out = new ArrayList<>();
        for (Run run : runs) {
            List<TextLine> previous = out.isEmpty() ? List.of() : out.getLast();
            if (run.afterGap() && !previous.isEmpty() && !run.lines().isEmpty()
                    && !boxedApart(previous, run.lines(), rulings) && continues(previous, run.lines())) {
                previous.addAll(run.lines());
            } else {
                out.add(new ArrayList<>(run.lines()));
            }
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    /**
     * Whether a drawn line across the whole width of both runs lies in the gap between them: the
     * edge of a box round one of them. Rules under totals span a column or two, not the table.
     */
    static boolean boxedApart(List<TextLine> before, List<TextLine> after, List<Ruling> rulings) {
        float top = before.getLast().bottom();
        float bottom = after.getFirst().top();
        float x0 = Math.min(extent(before)[0], extent(after)[0]);
        float x1 = Math.max(extent(before)[1], extent(after)[1]);
        return rulings.stream().anyMatch(r -> r.horizontal() && r.top() > top && r.top() < bottom
                && r.x0() <= x0 + 1 && r.x1() >= x1 - 1);
    }

    private static float[] extent(List<TextLine> lines) {
        float x0 = Float.POSITIVE_INFINITY;
        float x1 = Float.NEGATIVE_INFINITY;
        for (TextLine l : lines) {
            x0 = Math.min(x0, l.x0());
            x1 = Math.max(x1, l.x1());
        }
        return new float[] {x0, x1};
    }

    /** Whether the lines after a gap carry on the columns of the lines before it. */
    static boolean continues(List<TextLine> before, List<TextLine> after) {
        List<TextLine> rows = before.stream().filter(StreamRegionFinder::tabular).toList();
        if (rows.size() < 2) {
            return false;
        }
        float pitch = TableTolerances.pitch(before);
        if (after.getFirst().top() - before.getLast().bottom() > TableTolerances.JOIN_GAP_PITCHES * pitch) {
            return false;
        }
        TextLine next = null;
        for (int i = 0; i < Math.min(after.size(), TableTolerances.JOIN_LOOKAHEAD_LINES + 1) && next == null; i++) {
            next = StreamRegionFinder.tabular(after.get(i)) ? after.get(i) : null;
        }
        if (next == null || next.bold()) {
            return false; // a bold row of parts after a gap is the header of a table of its own
        }
        float tolerance = TableTolerances.ALIGN_GLYPHS * TableTolerances.glyphHeight(before);
        List<TextLine> edges = new ArrayList<>();
        rows.forEach(l -> edges.addAll(l.segments(StreamRegionFinder.SEGMENT_GAP_EMS)));
        List<TextLine> parts = next.segments(StreamRegionFinder.SEGMENT_GAP_EMS);
        int aligned = 0;
        for (TextLine part : parts) {
            boolean lines = edges.stream().anyMatch(e -> Math.abs(e.x0() - part.x0()) <= tolerance
                    || Math.abs(e.x1() - part.x1()) <= tolerance);
            aligned += lines ? 1 : 0;
        }
        // every part but one lines up: a row with columns of its own is another table
        return aligned >= 2 && aligned >= parts.size() - 1;
    }
}
