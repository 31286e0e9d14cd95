package org.boardpack.corpus.longreport;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Rng;

/**
 * How many pages of long reports a pack gets: enough to bring it to a typical 25-45 pages, split
 * into one to three reports of 5-30 pages each. Real packs bury the papers an extractor wants
 * among long performance and finance reports; this is what puts them there.
 */
public final class PageBudget {

    private PageBudget() {
    }

    /** @param fixedPages pages of the papers that matter, drawn or estimated */
    public static List<Integer> split(Rng rng, int fixedPages) {
        int budget = Math.max(5, rng.between(25, 45) - fixedPages);
        int k = Math.max(1, Math.min(rng.between(1, 3), budget / 5));
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int share = i == k - 1 ? budget - (budget / k) * (k - 1) : budget / k;
            pages.add(Math.min(30, Math.max(5, share)));
        }
        return pages;
    }

    /** As {@link #split(Rng, int)} into exactly {@code count} reports, for styles whose agenda fixes the papers. */
    public static List<Integer> split(Rng rng, int fixedPages, int count) {
        int budget = Math.max(5 * count, rng.between(25, 45) - fixedPages);
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int share = i == count - 1 ? budget - (budget / count) * (count - 1) : budget / count;
            pages.add(Math.min(30, Math.max(5, share)));
        }
        return pages;
    }
}
