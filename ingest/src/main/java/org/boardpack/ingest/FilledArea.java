package org.boardpack.ingest;

/**
 * A filled rectangle that is too large to be a ruling line: a cell background or a shaded band,
 * in displayed coordinates (points, origin top-left). {@code gray} is its lightness, 0 black to 1
 * white.
 */
public record FilledArea(float x0, float top, float x1, float bottom, float gray) {

    public boolean contains(float x, float y) {
        return x >= x0 && x <= x1 && y >= top && y <= bottom;
    }
}
