package org.boardpack.ingest.tables;

import java.util.Arrays;
import java.util.List;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * The home of the table rules' layout tolerances, in units measured on the page rather than the
 * declared font size (renderers disagree on that): the glyph height (a word box's height) and the
 * line pitch (baseline to baseline between consecutive lines of a block).
 */
final class TableTolerances {

    /** Column edges (left edges of text, right edges of figures) this many glyph heights apart line up. */
    static final float ALIGN_GLYPHS = 0.6f;
    /** Widest blank space, in line pitches, that a table's rows continue across (a gap between sections). */
    static final float JOIN_GAP_PITCHES = 6f;
    /** Step, in line pitches, below a block's first line that sets it apart as a title (a blank line at least). */
    static final float TITLE_STEP_PITCHES = 1.5f;
    /** Lines after a gap that may stand before the first one showing whether the rows carry on (section titles). */
    static final int JOIN_LOOKAHEAD_LINES = 3;
    /** Lines of one ruled row where two cells hold lone amounts side by side that make it several rows. */
    static final int LONE_FIGURE_LINES = 3;

    private TableTolerances() {
    }

    /** The median height of the lines' words. */
    static float glyphHeight(List<TextLine> lines) {
        float[] h = heights(lines);
        Arrays.sort(h);
        return h.length == 0 ? 10f : Math.max(1f, h[h.length / 2]);
    }

    /** The median distance between the bottoms of consecutive lines that do not overlap. */
    static float pitch(List<TextLine> lines) {
        float[] d = new float[Math.max(0, lines.size() - 1)];
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            float step = lines.get(i).bottom() - lines.get(i - 1).bottom();
            if (lines.get(i).top() >= lines.get(i - 1).bottom() - 1 && step > 0) {
                d[n++] = step;
            }
        }
        if (n == 0) {
            return 1.2f * glyphHeight(lines);
        }
        float[] steps = Arrays.copyOf(d, n);
        Arrays.sort(steps);
        return steps[n / 2];
    }

    private static float[] heights(List<TextLine> lines) {
        int n = lines.stream().mapToInt(l -> l.words().size()).sum();
        float[] h = new float[n];
        int i = 0;
        for (TextLine l : lines) {
            for (Word w : l.words()) {
                h[i++] = w.bottom() - w.top();
            }
        }
        return h;
    }
}
