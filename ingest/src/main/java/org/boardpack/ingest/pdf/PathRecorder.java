package org.boardpack.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boardpack.ingest.FilledArea;
import org.boardpack.ingest.Ruling;

/**
 * Turns painted paths into rulings and filled areas. Receives path construction and painting in
 * device space (after the CTM, origin bottom-left) and keeps what gives a page its structure:
 * horizontal and vertical strokes, thin filled boxes (how Word, LibreOffice and browsers draw cell
 * borders, often hundreds of subpaths under one fill), and larger filled boxes (cell backgrounds).
 * White paint, curves and diagonal lines are dropped, and so is whatever the current clip hides:
 * what is drawn is cut to the {@link ClipStack}'s region as it is painted. What is kept stays in
 * device space until the page is done and its reading frame known ({@link #rulings(PageFrame)}).
 */
final class PathRecorder {

    /** Thicker than this, a filled box is an area rather than a line. */
    private static final float MAX_LINE_THICKNESS = 3f;
    /** How far from horizontal or vertical a drawn line may be, in points. */
    private static final float AXIS_TOLERANCE = 1f;

    /** The path under construction, one point list per subpath. */
    private final List<Subpath> subpaths = new ArrayList<>();
    private Subpath open;
    private float[] lastStart;
    /** A {@code W} or {@code W*} came: the path clips once it is painted or ended. */
    private boolean clipPending;

    private final ClipStack clip;

    /** Drawn lines in device space: {x0, y0, x1, y1}. */
    private final List<float[]> lines = new ArrayList<>();
    /** Filled boxes too thick to be lines, in device space: {x0, y0, x1, y1, gray}. */
    private final List<float[]> boxes = new ArrayList<>();

    private static final class Subpath {
        final List<float[]> points = new ArrayList<>();
        boolean closed;
        boolean curved;
    }

    PathRecorder(ClipStack clip) {
        this.clip = clip;
    }

    void startPage() {
        lines.clear();
        boxes.clear();
        clearPath();
    }

    /** The page's horizontal and vertical lines in the given frame; off-page ones dropped. */
    List<Ruling> rulings(PageFrame frame) {
        List<Ruling> out = new ArrayList<>();
        for (float[] l : lines) {
            float[] a = frame.toDisplay(l[0], l[1]);
            float[] b = frame.toDisplay(l[2], l[3]);
            if (!frame.onPage(a, b)) {
                continue;
            }
            if (Math.abs(a[1] - b[1]) <= AXIS_TOLERANCE && Math.abs(a[0] - b[0]) > AXIS_TOLERANCE) {
                out.add(Ruling.horizontal(a[0], b[0], (a[1] + b[1]) / 2));
            } else if (Math.abs(a[0] - b[0]) <= AXIS_TOLERANCE && Math.abs(a[1] - b[1]) > AXIS_TOLERANCE) {
                out.add(Ruling.vertical((a[0] + b[0]) / 2, a[1], b[1]));
            }
        }
        return out;
    }

    /** The page's filled areas in the given frame. */
    List<FilledArea> fills(PageFrame frame) {
        List<FilledArea> out = new ArrayList<>();
        for (float[] r : boxes) {
            float[] a = frame.toDisplay(r[0], r[1]);
            float[] b = frame.toDisplay(r[2], r[3]);
            if (frame.onPage(a, b)) {
                out.add(new FilledArea(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]),
                        Math.max(a[1], b[1]), r[4]));
            }
        }
        return out;
    }

    void moveTo(float x, float y) {
        open = new Subpath();
        open.points.add(new float[] {x, y});
        subpaths.add(open);
    }

    void lineTo(float x, float y) {
        if (open == null) {
            // after a close, drawing goes on from the closed subpath's start point
            if (lastStart == null) {
                moveTo(x, y);
                return;
            }
            moveTo(lastStart[0], lastStart[1]);
        }
        open.points.add(new float[] {x, y});
    }

    void curveTo(float x, float y) {
        if (open == null) {
            moveTo(x, y);
        }
        open.curved = true;
        open.points.add(new float[] {x, y});
    }

    void closePath() {
        if (open != null) {
            open.closed = true;
            lastStart = open.points.getFirst();
            open = null;
        }
    }

    /** An {@code re} operator: four corners in device space, a closed subpath of its own. */
    void rectangle(float[] xs, float[] ys) {
        Subpath s = new Subpath();
        for (int i = 0; i < 4; i++) {
            s.points.add(new float[] {xs[i], ys[i]});
        }
        s.closed = true;
        subpaths.add(s);
        open = null;
    }

    /**
     * {@code W}, {@code W*}: the current path becomes a clip, which by the PDF's rules takes effect
     * only after the operator that ends the path, so that operator's own paint is not clipped by it.
     */
    void clipNext() {
        clipPending = true;
    }

    void stroke(boolean visible) {
        strokePaint(visible);
        finishPath();
    }

    private void strokePaint(boolean visible) {
        if (visible) {
            for (Subpath s : subpaths) {
                if (s.curved) {
                    continue;
                }
                int n = s.points.size();
                for (int i = 0; i + 1 < n; i++) {
                    addLine(s.points.get(i), s.points.get(i + 1));
                }
                if (s.closed && n > 2) {
                    addLine(s.points.get(n - 1), s.points.getFirst());
                }
            }
        }
    }

    /** Fill and stroke one path ({@code B}, {@code b}): the area and its outline. */
    void fillAndStroke(boolean fillVisible, float gray, boolean strokeVisible) {
        fillPaint(fillVisible, gray);
        strokePaint(strokeVisible);
        finishPath();
    }

    /** @param gray lightness of the fill colour, 0 black to 1 white */
    void fill(boolean visible, float gray) {
        fillPaint(visible, gray);
        finishPath();
    }

    private void fillPaint(boolean visible, float gray) {
        if (visible) {
            for (Subpath s : subpaths) {
                box(s).ifPresent(r -> addBox(r, gray));
            }
        }
    }

    /** {@code n}: the path ends unpainted, the usual end of a clipping path. */
    void endPath() {
        finishPath();
    }

    /** After the path's paint: applies a pending clip (as the path's bounding box), then forgets the path. */
    private void finishPath() {
        if (clipPending) {
            bounds().ifPresent(b -> clip.intersect(b[0], b[1], b[2], b[3]));
        }
        clearPath();
    }

    /**
     * The bounding box of every point of the path, curve control points included: it contains
     * the path, so a clip to it never hides what the true clip shows.
     */
    private Optional<float[]> bounds() {
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (Subpath s : subpaths) {
            for (float[] p : s.points) {
                x0 = Math.min(x0, p[0]);
                x1 = Math.max(x1, p[0]);
                y0 = Math.min(y0, p[1]);
                y1 = Math.max(y1, p[1]);
            }
        }
        return x0 <= x1 ? Optional.of(new float[] {x0, y0, x1, y1}) : Optional.empty();
    }

    /** A filled box, cut to the clip first: what shows of it decides whether it is a line or an area. */
    private void addBox(float[] drawn, float gray) {
        Optional<float[]> visible = clip.clipBox(drawn);
        if (visible.isEmpty()) {
            return;
        }
        float[] r = visible.get();
        float w = r[2] - r[0];
        float h = r[3] - r[1];
        if (h <= MAX_LINE_THICKNESS && w > h) {
            addLine(new float[] {r[0], (r[1] + r[3]) / 2}, new float[] {r[2], (r[1] + r[3]) / 2});
        } else if (w <= MAX_LINE_THICKNESS && h > w) {
            addLine(new float[] {(r[0] + r[2]) / 2, r[1]}, new float[] {(r[0] + r[2]) / 2, r[3]});
        } else if (w > MAX_LINE_THICKNESS && h > MAX_LINE_THICKNESS) {
            boxes.add(new float[] {r[0], r[1], r[2], r[3], gray});
        }
    }

    /** The box a subpath outlines, if it is an axis-aligned rectangle of 3 to 5 points. */
    private static Optional<float[]> box(Subpath s) {
        int n = s.points.size();
        if (s.curved || n < 3 || n > 5) {
            return Optional.empty();
        }
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (float[] p : s.points) {
            x0 = Math.min(x0, p[0]);
            x1 = Math.max(x1, p[0]);
            y0 = Math.min(y0, p[1]);
            y1 = Math.max(y1, p[1]);
        }
        for (int i = 0; i < n; i++) {
            float[] a = s.points.get(i);
            float[] b = s.points.get((i + 1) % n);
            boolean axis = Math.abs(a[0] - b[0]) < AXIS_TOLERANCE || Math.abs(a[1] - b[1]) < AXIS_TOLERANCE;
            if (!axis) {
                return Optional.empty();
            }
        }
        return Optional.of(new float[] {x0, y0, x1, y1});
    }

    private void addLine(float[] p, float[] q) {
        clip.clipSegment(p, q).ifPresent(lines::add);
    }

    private void clearPath() {
        subpaths.clear();
        open = null;
        lastStart = null;
        clipPending = false;
    }
}
