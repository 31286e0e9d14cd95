package org.boardpack.extract.minutes;

import java.util.List;

/**
 * The heading column of a paper: where its item numbers stand, by their left edge or, for numbers
 * set right-aligned ({@code 9.} over {@code 10.}), their right edge, within a tolerance less than
 * a figure's width, so that a list indented under an item is not in it.
 */
record HeadingColumn(float left, float right, float tol) {

    /**
     * The leftmost column that heading-like numbers (bold, capitals, set apart) use at least twice;
     * else, where every number is plain, the column whose numbers run on one after another the
     * longest ({@code 1.} to {@code 8.}, not two papers' headings further out in the margin); else
     * the one heading-like number's; else none.
     */
    static HeadingColumn of(List<Integer> candidates, List<Boolean> strong, List<NumberedLine> numbered, float tol) {
        HeadingColumn best = leftmostUsedTwice(candidates, strong, numbered, tol);
        if (best == null) {
            best = longestRun(candidates, numbered, tol);
        }
        if (best == null) {
            for (int k = 0; k < candidates.size(); k++) {
                if (strong.get(k)) {
                    NumberedLine nl = numbered.get(candidates.get(k));
                    return new HeadingColumn(nl.x0(), nl.x1(), tol);
                }
            }
        }
        return best;
    }

    private static HeadingColumn leftmostUsedTwice(List<Integer> candidates, List<Boolean> strong,
                                                   List<NumberedLine> numbered, float tol) {
        HeadingColumn best = null;
        for (int k = 0; k < candidates.size(); k++) {
            if (!strong.get(k)) {
                continue;
            }
            NumberedLine nl = numbered.get(candidates.get(k));
            HeadingColumn c = new HeadingColumn(nl.x0(), nl.x1(), tol);
            int uses = 0;
            for (int j = 0; j < candidates.size(); j++) {
                if (strong.get(j) && c.holds(numbered.get(candidates.get(j)))) {
                    uses++;
                }
            }
            if (uses >= 2 && (best == null || c.left() < best.left())) {
                best = c;
            }
        }
        return best;
    }

    /** The column with the longest run of numbers each one more than the last (at least two); leftmost on a tie. */
    private static HeadingColumn longestRun(List<Integer> candidates, List<NumberedLine> numbered, float tol) {
        HeadingColumn best = null;
        int bestRun = 1;
        for (int k = 0; k < candidates.size(); k++) {
            NumberedLine nl = numbered.get(candidates.get(k));
            HeadingColumn c = new HeadingColumn(nl.x0(), nl.x1(), tol);
            int run = 0;
            int longest = 0;
            int previous = Integer.MIN_VALUE;
            for (int j = 0; j < candidates.size(); j++) {
                NumberedLine other = numbered.get(candidates.get(j));
                if (!c.holds(other)) {
                    continue;
                }
                int n = other.number().major();
                run = n == previous + 1 ? run + 1 : 1;
                longest = Math.max(longest, run);
                previous = n;
            }
            if (longest > bestRun || longest == bestRun && best != null && c.left() < best.left()) {
                best = c;
                bestRun = longest;
            }
        }
        return best;
    }

    boolean holds(NumberedLine nl) {
        return Math.abs(nl.x0() - left) <= tol || Math.abs(nl.x1() - right) <= tol;
    }

    boolean startsAt(float x) {
        return Math.abs(x - left) <= tol;
    }

    /** Sub-headings stand in the heading column or to its right. */
    boolean reaches(NumberedLine nl) {
        return nl.x0() >= left - tol;
    }
}
