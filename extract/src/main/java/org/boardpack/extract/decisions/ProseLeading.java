package org.boardpack.extract.decisions;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.extract.layout.LinePitch;
import org.boardpack.extract.minutes.MinutesLine;

/**
 * The leading of a paper's running prose, measured where a paragraph certainly goes on: below a
 * line that fills the text width (it wrapped, so the next line continues it). Gaps between table
 * cells' lines, headings and list entries say nothing about the leading and are left out, so a
 * paper with dense tables does not read every prose line as a paragraph of its own.
 */
final class ProseLeading {

    /** A line ending within this share of the text width from its right edge filled the line. */
    private static final float FULL = 0.12f;
    /** The rank (share of lines ending left of it) taken as the text's right edge: a few stray lines reach further. */
    private static final float EDGE_RANK = 0.95f;
    /** Fewer measured gaps than this and the walk's own measure is used. */
    private static final int ENOUGH = 3;

    private ProseLeading() {
    }

    static LinePitch of(List<PaperLines.Passage> passages, LinePitch fallback) {
        List<Float> rights = new ArrayList<>();
        float left = Float.MAX_VALUE;
        for (PaperLines.Passage p : passages) {
            for (MinutesLine l : p.lines()) {
                rights.add(l.line().x1());
                left = Math.min(left, l.line().x0());
            }
        }
        if (rights.isEmpty()) {
            return fallback;
        }
        // the text's right edge over the whole paper: a page holding only a narrow table has none
        rights.sort(null);
        float right = rights.get((int) (rights.size() * EDGE_RANK));
        float full = right - (right - left) * FULL;
        List<float[]> pairs = new ArrayList<>();
        for (PaperLines.Passage p : passages) {
            if (p.heading()) {
                continue;
            }
            for (int i = 1; i < p.lines().size(); i++) {
                MinutesLine above = p.lines().get(i - 1);
                MinutesLine below = p.lines().get(i);
                if (above.page() == below.page() && above.line().x1() >= full
                        && below.line().bottom() > above.line().bottom()) {
                    pairs.add(new float[] {above.line().bottom(), below.line().bottom()});
                }
            }
        }
        return pairs.size() < ENOUGH ? fallback : LinePitch.of(pairs);
    }
}
