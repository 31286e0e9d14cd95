package org.boardpack.app.register;

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
     * Measured on the generator's monthly series (corpus SeriesLinkingTest, 3 boards × 7 months): two
     * rows of one action, as reworded by the log keeper, are at least 0.70 alike; rows of distinct
     * actions first worded differently at most 0.22. Linking by wording needs 0.5, between the two;
     * a shared reference is strong evidence already, so only a wording below 0.25, as unlike as
     * distinct actions are, overrules it.
     */
    public static final LinkRules DEFAULT = new LinkRules(0.25, 0.5);

    public LinkRules {
        if (sameRefFloor < 0 || sameRefFloor > 1 || descriptionLink <= 0 || descriptionLink > 1) {
            throw new IllegalArgumentException("link thresholds are similarities between 0 and 1");
        }
    }
}
