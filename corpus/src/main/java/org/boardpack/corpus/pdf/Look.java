package org.boardpack.corpus.pdf;

import org.boardpack.corpus.Rng;

/**
 * How a pack is typeset, independent of what it says: typeface and size, table rules and header
 * shading, hyphenation, bookmarks, running headers and where the page number sits. Drawn from
 * the seed, so the same content can come out looking like different offices' papers.
 *
 * @param scale        factor on every nominal font size
 * @param ruled        tables drawn with cell borders; otherwise only a rule under the header row
 * @param shadedHeader header rows filled light grey
 * @param hyphenate    long lower-case words broken at line ends with a hyphen
 * @param bookmarks    a PDF outline with one entry per paper
 * @param runningHeads running headers printed on the pages that have one
 * @param footerRight  page numbers at the right margin rather than centred
 */
public record Look(FontFamily family, float scale, boolean ruled, boolean shadedHeader, boolean hyphenate,
                   boolean bookmarks, boolean runningHeads, boolean footerRight) {

    /** The look the first samples were rendered in: Helvetica, ruled, no outline. */
    public static Look plain() {
        return new Look(FontFamily.HELVETICA, 1f, true, false, false, false, true, false);
    }

    public static Look draw(Rng rng) {
        FontFamily family = rng.pick(FontFamily.values());
        // Times sets narrower than Helvetica, so it can run a little larger in the same columns
        float scale = family == FontFamily.TIMES ? rng.pick(1f, 1.05f, 1.1f) : rng.pick(0.92f, 0.96f, 1f, 1.03f);
        return new Look(family, scale, rng.chance(0.7), rng.chance(0.5), rng.chance(0.5), rng.chance(0.6),
                rng.chance(0.75), rng.chance(0.4));
    }
}
