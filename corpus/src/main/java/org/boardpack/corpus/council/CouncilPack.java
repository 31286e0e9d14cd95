package org.boardpack.corpus.council;

import org.boardpack.corpus.RenderedPack;

/** Placeholder until the council renderer lands. */
public final class CouncilPack {

    private CouncilPack() {
    }

    public static RenderedPack render(long seed) {
        throw new UnsupportedOperationException("council packs not yet rendered");
    }
}
