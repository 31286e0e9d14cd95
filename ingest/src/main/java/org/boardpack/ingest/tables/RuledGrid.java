package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.Ruling;

/**
 * The cell structure of one ruled frame: column boundaries from its vertical lines, row
 * boundaries from its horizontal lines (plus the frame's outer extent where a side is open), and
 * which neighbouring grid cells are separated by a drawn line. Grid cells with no line between
 * them form one spanning cell, named by its top-left grid cell (its anchor).
 */
final class RuledGrid {

    private final float[] xs;
    private final float[] ys;
    private final int[] anchor; // grid cell index → anchor cell index

    private RuledGrid(float[] xs, float[] ys, int[] anchor) {
        this.xs = xs;
        this.ys = ys;
        this.anchor = anchor;
    }

    static RuledGrid of(List<Ruling> hs, List<Ruling> vs, float tolerance) {
        List<Float> xPos = new ArrayList<>();
        vs.forEach(v -> xPos.add(v.x0()));
        float hMin = (float) hs.stream().mapToDouble(Ruling::x0).min().orElseThrow();
        float hMax = (float) hs.stream().mapToDouble(Ruling::x1).max().orElseThrow();
        xPos.add(hMin);
        xPos.add(hMax);
        List<Float> yPos = new ArrayList<>();
        hs.forEach(h -> yPos.add(h.top()));
        float vMin = (float) vs.stream().mapToDouble(Ruling::top).min().orElseThrow();
        float vMax = (float) vs.stream().mapToDouble(Ruling::bottom).max().orElseThrow();
        yPos.add(vMin);
        yPos.add(vMax);
        float[] xs = cluster(xPos, tolerance);
        float[] ys = cluster(yPos, tolerance);
        int rows = Math.max(0, ys.length - 1);
        int cols = Math.max(0, xs.length - 1);
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                float midY = (ys[r] + ys[r + 1]) / 2;
                float midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < cols && !verticalAt(vs, xs[c + 1], midY, tolerance)) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !horizontalAt(hs, ys[r + 1], midX, tolerance)) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        int[] anchor = new int[parent.length];
        int[] best = new int[parent.length];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        for (int i = 0; i < parent.length; i++) {
            int root = find(parent, i);
            // the anchor is the group's top-most, then left-most cell
            int r = i / Math.max(1, cols);
            int c = i % Math.max(1, cols);
            int rank = r * 10_000 + c;
            if (rank < best[root]) {
                best[root] = rank;
            }
        }
        for (int i = 0; i < parent.length; i++) {
            int rank = best[find(parent, i)];
            anchor[i] = (rank / 10_000) * cols + rank % 10_000;
        }
        return new RuledGrid(xs, ys, anchor);
    }

    int rows() {
        return ys.length - 1;
    }

    int columns() {
        return xs.length - 1;
    }

    float x0() {
        return xs[0];
    }

    float x1() {
        return xs[xs.length - 1];
    }

    float top() {
        return ys[0];
    }

    float bottom() {
        return ys[ys.length - 1];
    }

    float columnWidth(int c) {
        return xs[c + 1] - xs[c];
    }

    float rowTop(int r) {
        return ys[r];
    }

    float rowBottom(int r) {
        return ys[r + 1];
    }

    /** The grid cell holding a point, as {@code {row, column}}, or {@code null} outside the grid. */
    int[] cellAt(float x, float y) {
        int c = index(xs, x);
        int r = index(ys, y);
        return c < 0 || r < 0 ? null : new int[] {r, c};
    }

    int[] anchorOf(int r, int c) {
        int a = anchor[r * columns() + c];
        return new int[] {a / columns(), a % columns()};
    }

    private static int index(float[] bounds, float v) {
        for (int i = 0; i + 1 < bounds.length; i++) {
            if (v >= bounds[i] && v < bounds[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    private static boolean verticalAt(List<Ruling> vs, float x, float y, float tolerance) {
        return vs.stream().anyMatch(v -> Math.abs(v.x0() - x) <= tolerance && v.top() - tolerance <= y
                && v.bottom() + tolerance >= y);
    }

    private static boolean horizontalAt(List<Ruling> hs, float y, float x, float tolerance) {
        return hs.stream().anyMatch(h -> Math.abs(h.top() - y) <= tolerance && h.x0() - tolerance <= x
                && h.x1() + tolerance >= x);
    }

    /** Sorted positions, those within {@code tolerance} of each other averaged into one. */
    private static float[] cluster(List<Float> positions, float tolerance) {
        List<Float> sorted = new ArrayList<>(positions);
        sorted.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        float sum = 0;
        int count = 0;
        float last = Float.NaN;
        for (float p : sorted) {
            if (count > 0 && p - last > tolerance) {
                out.add(sum / count);
                sum = 0;
                count = 0;
            }
            sum += p;
            count++;
            last = p;
        }
        if (count > 0) {
            out.add(sum / count);
        }
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
