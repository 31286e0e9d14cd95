package org.boardpack.ingest.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The current clipping region of a content stream, kept in step with the graphics state stack, and
 * what it leaves visible of a drawn line or box. Everything is in device space (user space after
 * the CTM, origin bottom-left of the media), the space {@link PathRecorder} records in.
 *
 * <p>The region is approximated by a rectangle: each clip ({@code W}/{@code W*}) intersects it
 * with the bounding box of the clipping path. The box contains the true region, so the
 * approximation only ever keeps too much, never drops a line that is visible. The clips that
 * matter for layout, a page-size clip hiding off-page art and cell or table clips cutting away
 * borders, are rectangles anyway.
 */
final class ClipStack {

    /**
     * How far outside the clip a line may lie and still count as inside. Producers put borders
     * exactly on the edge of the cell they clip to, where half the stroke shows; the transforms
     * leave such a line a rounding error either side of the edge.
     */
    private static final float EDGE_SLACK = 0.5f;

    /**
     * {x0, y0, x1, y1} per saved graphics state, the current one on top; never empty. Entries are
     * shared between levels and never changed in place: {@link #intersect} pushes a new one.
     */
    private final Deque<float[]> stack = new ArrayDeque<>();

    ClipStack() {
        reset();
    }

    /** Back to an unclipped region with nothing saved: call before each page. */
    void reset() {
        stack.clear();
        stack.push(new float[] {
            Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY});
    }

    /** {@code q}: the saved state keeps its region, the new one starts with the same. */
    void save() {
        stack.push(stack.peek());
    }

    /** {@code Q}: back to the region of the state saved last. An unbalanced {@code Q} is ignored. */
    void restore() {
        if (stack.size() > 1) {
            stack.pop();
        }
    }

    /** How many states are saved, to {@link #unwindTo} after a nested stream. */
    int depth() {
        return stack.size();
    }

    /**
     * Drops states a nested stream (a form, a Type 3 glyph) saved and never restored: PDFBox gives
     * such streams a graphics stack of their own and throws it away afterwards, so must we.
     */
    void unwindTo(int depth) {
        while (stack.size() > Math.max(depth, 1)) {
            stack.pop();
        }
    }

    /** Narrows the current region to the box {x0, y0, x1, y1}. */
    void intersect(float x0, float y0, float x1, float y1) {
        float[] c = stack.pop();
        // an empty intersection stays empty (x0 > x1): a clip to nothing hides everything
        stack.push(new float[] {
            Math.max(c[0], Math.min(x0, x1)), Math.max(c[1], Math.min(y0, y1)),
            Math.min(c[2], Math.max(x0, x1)), Math.min(c[3], Math.max(y0, y1))});
    }

    /**
     * The visible part of the segment from p to q: empty when it lies wholly outside the region,
     * cut at the region's edge when it crosses it (Liang-Barsky).
     */
    Optional<float[]> clipSegment(float[] p, float[] q) {
        float[] c = slackened();
        float dx = q[0] - p[0];
        float dy = q[1] - p[1];
        float[] t = {0, 1};
        if (!clipT(-dx, p[0] - c[0], t) || !clipT(dx, c[2] - p[0], t)
                || !clipT(-dy, p[1] - c[1], t) || !clipT(dy, c[3] - p[1], t)) {
            return Optional.empty();
        }
        return Optional.of(new float[] {p[0] + t[0] * dx, p[1] + t[0] * dy, p[0] + t[1] * dx, p[1] + t[1] * dy});
    }

    /** The visible part of the box {x0, y0, x1, y1}, empty when none of it is. */
    Optional<float[]> clipBox(float[] r) {
        float[] c = slackened();
        float x0 = Math.max(r[0], c[0]);
        float y0 = Math.max(r[1], c[1]);
        float x1 = Math.min(r[2], c[2]);
        float y1 = Math.min(r[3], c[3]);
        return x0 <= x1 && y0 <= y1 ? Optional.of(new float[] {x0, y0, x1, y1}) : Optional.empty();
    }

    /** The region widened by {@link #EDGE_SLACK}; an empty region stays empty. */
    private float[] slackened() {
        float[] c = stack.peek();
        if (c[0] > c[2] || c[1] > c[3]) {
            return c;
        }
        return new float[] {c[0] - EDGE_SLACK, c[1] - EDGE_SLACK, c[2] + EDGE_SLACK, c[3] + EDGE_SLACK};
    }

    /** One Liang-Barsky edge test: narrows t to where {@code p * t <= q}; false if nothing is left. */
    private static boolean clipT(float p, float q, float[] t) {
        if (p == 0) {
            return q >= 0;
        }
        float r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }
}
