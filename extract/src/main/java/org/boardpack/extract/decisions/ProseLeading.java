package org.boardpack.extract.decisions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.boardpack.extract.layout.LinePitch;
import org.boardpack.extract.minutes.MinutesLine;

/**
 * The leading of a paper's running prose, page by page, measured where a paragraph certainly goes
 * on: below a line that fills the page's text width (it wrapped, so the next line continues it).
 * Gaps between table cells' lines, headings and list entries say nothing about the leading and are
 * left out, so a paper with dense tables does not read every prose line as a paragraph of its own;
 * and a page set in another size (a landscape appendix) keeps its own measure. A page with too few
 * full lines to measure takes the paper's measure, and so does a page whose wider measure is only
 * the spacing of its paragraphs (the paper's leading is among its gaps).
 */
final class ProseLeading {

    /** A line ending within this share of the text width from the page's right edge filled the line. */
    private static final float FULL = 0.12f;
    /** The rank of a page's line ends taken as its right edge: a few stray lines reach further. */
    private static final float EDGE_RANK = 0.9f;
    /** Fewer measured gaps than this and the measure falls back (page to paper, paper to the walk's). */
    private static final int ENOUGH = 3;

    private final Map<Integer, LinePitch> pages;
    private final LinePitch paper;

    private ProseLeading(Map<Integer, LinePitch> pages, LinePitch paper) {
        this.pages = pages;
        this.paper = paper;
    }

    /** The leading of a page's prose. */
    LinePitch on(int page) {
        return pages.getOrDefault(page, paper);
    }

    static ProseLeading of(List<PaperLines.Passage> passages, LinePitch fallback) {
        Map<Integer, List<MinutesLine>> byPage = new HashMap<>();
        for (PaperLines.Passage p : passages) {
            p.lines().forEach(l -> byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l));
        }
        Map<Integer, Float> full = new HashMap<>();
        byPage.forEach((page, lines) -> {
            List<Float> rights = lines.stream().map(l -> l.line().x1()).sorted().toList();
            float right = rights.get(Math.min(rights.size() - 1, (int) (rights.size() * EDGE_RANK)));
            float left = (float) lines.stream().mapToDouble(l -> l.line().x0()).min().orElse(0);
            full.put(page, right - (right - left) * FULL);
        });
        Map<Integer, List<float[]>> pairs = new HashMap<>();
        for (PaperLines.Passage p : passages) {
            if (p.heading()) {
                continue;
            }
            for (int i = 1; i < p.lines().size(); i++) {
                MinutesLine above = p.lines().get(i - 1);
                MinutesLine below = p.lines().get(i);
                if (above.page() == below.page() && above.line().x1() >= full.get(above.page())
                        && below.line().bottom() > above.line().bottom()) {
                    pairs.computeIfAbsent(above.page(), k -> new ArrayList<>())
                            .add(new float[] {above.line().bottom(), below.line().bottom()});
                }
            }
        }
        List<float[]> all = pairs.values().stream().flatMap(List::stream).toList();
        LinePitch paper = all.size() < ENOUGH ? fallback : LinePitch.of(all);
        Map<Integer, LinePitch> pages = new HashMap<>();
        pairs.forEach((page, measured) -> {
            if (measured.size() >= ENOUGH) {
                LinePitch own = LinePitch.of(measured);
                pages.put(page, own.pitch() > paper.pitch() && holdsGap(measured, paper.pitch()) ? paper : own);
            }
        });
        return new ProseLeading(pages, paper);
    }

    /**
     * Whether a page's measured gaps include the paper's leading: then the page is set like the paper,
     * and a wider measure is the spacing between its one-line paragraphs (a page of short paragraphs
     * with space after each, where a wrapped line happens but once), not its leading.
     */
    private static boolean holdsGap(List<float[]> measured, float pitch) {
        return measured.stream().anyMatch(m -> Math.abs(m[1] - m[0] - pitch) <= 1f);
    }
}
