package org.boardpack.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.boardpack.ingest.Ruling;

/**
 * Joins the pieces one visible line is drawn in: dashes, segments split at every cell corner,
 * double strokes a fraction of a point apart. Collinear rulings (within {@code SAME_LINE} points)
 * whose ends meet or nearly meet become one; rulings too short to separate anything are dropped.
 */
final class RulingMerger {

    private static final float SAME_LINE = 1.5f;
    private static final float JOIN_GAP = 3f;
    private static final float MIN_LENGTH = 3f;

    List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> out = new ArrayList<>();
        out.addAll(mergeAxis(rulings.stream().filter(Ruling::horizontal).toList(), true));
        out.addAll(mergeAxis(rulings.stream().filter(Ruling::vertical).toList(), false));
        return out;
    }

    private static List<Ruling> mergeAxis(List<Ruling> rulings, boolean horizontal) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        // by position across the line, then along it
        sorted.sort(Comparator.comparingDouble((Ruling r) -> horizontal ? r.top() : r.x0())
                .thenComparingDouble(r -> horizontal ? r.x0() : r.top()));
        List<Ruling> out = new ArrayList<>();
        List<float[]> open = new ArrayList<>(); // {across, start, end, count}
        for (Ruling r : sorted) {
            float across = horizontal ? r.top() : r.x0();
            float start = horizontal ? r.x0() : r.top();
            float end = horizontal ? r.x1() : r.bottom();
            float[] target = null;
            for (float[] o : open) {
                if (Math.abs(o[0] - across) <= SAME_LINE && start <= o[2] + JOIN_GAP && end >= o[1] - JOIN_GAP) {
                    target = o;
                    break;
                }
            }
            if (target == null) {
                open.add(new float[] {across, start, end, 1});
            } else {
                target[0] = (target[0] * target[3] + across) / (target[3] + 1);
                target[1] = Math.min(target[1], start);
                target[2] = Math.max(target[2], end);
                target[3]++;
            }
        }
        for (float[] o : open) {
            if (o[2] - o[1] >= MIN_LENGTH) {
                out.add(horizontal ? Ruling.horizontal(o[1], o[2], o[0]) : Ruling.vertical(o[0], o[1], o[2]));
            }
        }
        return out;
    }
}
