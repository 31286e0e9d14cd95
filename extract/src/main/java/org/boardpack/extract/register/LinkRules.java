package org.boardpack.extract.register;

/**
 * The thresholds of {@link ActionLinker}, as Jaccard similarities of descriptions (see
 * {@link Wording}).
 *
 * @param sameRefFloor    rows sharing a reference whose descriptions are less alike than this are
 *                        different actions (the reference was reused)
 * @param descriptionLink rows without a shared reference are one action when their descriptions
 *                        are at least this alike (and their owners agree)
 */
public record LinkRules(double sameRefFloor, double descriptionLink) {

    /**
     * Measured on generated series (see ActionLinkerMeasureTest): rows of one action reworded by the
     * log keeper stay at or above 0.8, while distinct actions of one body reach at most about 0.3;
     * the link threshold sits between them, and the same-reference floor lower, since a shared
     * reference is already strong evidence.
     */
    public static final LinkRules DEFAULT = new LinkRules(0.2, 0.5);

    public LinkRules {
        if (sameRefFloor < 0 || sameRefFloor > 1 || descriptionLink <= 0 || descriptionLink > 1) {
            throw new IllegalArgumentException("link thresholds are similarities between 0 and 1");
        }
    }
}
