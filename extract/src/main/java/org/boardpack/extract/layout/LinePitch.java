package org.boardpack.extract.layout;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The distance from one baseline to the next inside a paragraph, measured as the smallest gap
 * between consecutive lines that recurs. Renderers disagree on font sizes and leading (Chromium
 * reports 11pt text as 14pt), so paragraph breaks are judged against this measure, not the font.
 */
public final class LinePitch {

    /** A gap wider than this many pitches starts a new paragraph. */
    private static final float PARAGRAPH_FACTOR = 1.22f;

    private final float pitch;

    private LinePitch(float pitch) {
        this.pitch = pitch;
    }

    /** From the bottoms of consecutive lines of running text on the same page, in order. */
    public static LinePitch of(List<float[]> consecutiveBottoms) {
        Map<Integer, Integer> counts = new TreeMap<>();
        int total = 0;
        for (float[] pair : consecutiveBottoms) {
            float gap = pair[1] - pair[0];
            if (gap > 4 && gap < 40) {
                counts.merge(Math.round(gap), 1, Integer::sum);
                total++;
            }
        }
        // the smallest gap that recurs: leading inside paragraphs, not the spacing between them,
        // which in minutes of many one-line paragraphs is the more common of the two
        int floor = Math.max(2, total / 10);
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            int near = e.getValue() + counts.getOrDefault(e.getKey() + 1, 0);
            if (near >= floor) {
                return new LinePitch(e.getKey() + (counts.getOrDefault(e.getKey() + 1, 0) > e.getValue() ? 1 : 0));
            }
        }
        return new LinePitch(13);
    }

    public float pitch() {
        return pitch;
    }

    /** Whether a baseline-to-baseline gap is wider than a line's leading. */
    public boolean breaksParagraph(float gap) {
        return gap > pitch * PARAGRAPH_FACTOR;
    }
}
