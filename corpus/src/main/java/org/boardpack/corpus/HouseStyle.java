package org.boardpack.corpus;

import java.util.Locale;
import java.util.function.LongFunction;
import org.boardpack.corpus.charity.CharityPack;
import org.boardpack.corpus.council.CouncilPack;
import org.boardpack.corpus.nhs.NhsPack;
import org.boardpack.corpus.parish.ParishPack;

/** The house styles the generator renders, each a function from a seed to a pack and its answers. */
public enum HouseStyle {
    NHS(NhsPack::render),
    COUNCIL(CouncilPack::render),
    CHARITY(CharityPack::render),
    PARISH(ParishPack::render);

    private final LongFunction<RenderedPack> renderer;

    HouseStyle(LongFunction<RenderedPack> renderer) {
        this.renderer = renderer;
    }

    public RenderedPack render(long seed) {
        return renderer.apply(seed);
    }

    /** {@code nhs}, as command lines and sample specs spell it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HouseStyle of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
