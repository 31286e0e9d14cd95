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
     * else the leftmost that any numbers use twice; else the one heading-like number's; else none.
     */
    static HeadingColumn of(List<Integer> candidates, List<Boolean> strong, List<NumberedLine> numbered, float tol) {
        HeadingColumn best = leftmostUsedTwice(candidates, strong, numbered, tol, true);
        if (best == null) {
            best = leftmostUsedTwice(candidates, strong, numbered, tol, false);
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
                                            List<NumberedLine> numbered, float tol, boolean strongOnly) {
        HeadingColumn best = null;
        for (int k = 0; k < candidates.size(); k++) {
            if (strongOnly && !strong.get(k)) {
                continue;
            }
            NumberedLine nl = numbered.get(candidates.get(k));
            HeadingColumn c = new HeadingColumn(nl.x0(), nl.x1(), tol);
            int uses = 0;
            for (int j = 0; j < candidates.size(); j++) {
                if ((!strongOnly || strong.get(j)) && c.holds(numbered.get(candidates.get(j)))) {
                    uses++;
                }
            }
            if (uses >= 2 && (best == null || c.left() < best.left())) {
                best = c;
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
