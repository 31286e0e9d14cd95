package org.boardpack.ingest;

/**
 * A ruling line drawn on a page: a stroked line or a thin filled rectangle, horizontal or
 * vertical, in displayed coordinates (points, origin top-left). Horizontal rulings have
 * {@code top == bottom}, vertical ones {@code x0 == x1}.
 */
public record Ruling(float x0, float top, float x1, float bottom) {

    public boolean horizontal() {
        return top == bottom;
    }

    public boolean vertical() {
        return x0 == x1 && top != bottom;
    }

    public float length() {
        return horizontal() ? x1 - x0 : bottom - top;
    }

    public static Ruling horizontal(float x0, float x1, float y) {
        return new Ruling(Math.min(x0, x1), y, Math.max(x0, x1), y);
    }

    public static Ruling vertical(float x, float y0, float y1) {
        return new Ruling(x, Math.min(y0, y1), x, Math.max(y0, y1));
    }
}
