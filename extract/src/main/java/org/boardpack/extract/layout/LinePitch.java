package org.boardpack.extract.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distance from one baseline to the next inside a paragraph, measured as the most common
 * gap between consecutive lines. Renderers disagree on font sizes and leading (Chromium reports
 * 11pt text as 14pt), so paragraph breaks are judged against this measure rather than the font.
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
        Map<Integer, Integer> counts = new HashMap<>();
        for (float[] pair : consecutiveBottoms) {
            float gap = pair[1] - pair[0];
            if (gap > 4 && gap < 40) {
                counts.merge(Math.round(gap * 2), 1, Integer::sum);
            }
        }
        // most common, the smaller on ties: leading, not paragraph spacing
        int best = counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.<Integer, Integer>comparingByKey().reversed()))
                .map(Map.Entry::getKey).orElse(26);
        return new LinePitch(best / 2f);
    }

    public float pitch() {
        return pitch;
    }

    /** Whether a baseline-to-baseline gap is wider than a line's leading. */
    public boolean breaksParagraph(float gap) {
        return gap > pitch * PARAGRAPH_FACTOR;
    }
}
