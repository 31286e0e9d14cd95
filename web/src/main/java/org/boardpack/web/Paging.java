package org.boardpack.web;

/**
 * Which slice of a listing to answer: {@code page} (1-based) of {@code size} rows. A page or size
 * outside its range or not a whole number is a 400 naming it; {@code asked} says whether either
 * was given (the API then answers one page with the totals, else every row, as the command does).
 */
public record Paging(int page, int size, boolean asked) {

    public static final int MAX_PAGE = 10_000;
    public static final int MAX_SIZE = 500;

    public Paging {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size start at 1");
        }
    }

    public static Paging of(Params p, int defaultSize) {
        boolean asked = p.text("page") != null || p.text("size") != null;
        return new Paging(p.integer("page", 1, 1, MAX_PAGE), p.integer("size", defaultSize, 1, MAX_SIZE), asked);
    }

    /** The rows before this page. */
    public int offset() {
        return (page - 1) * size;
    }

    /** How many pages {@code total} rows fill (one, empty, when there are none). */
    public int pages(long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** This paging at another page. */
    public Paging at(int other) {
        return new Paging(other, size, asked);
    }
}
