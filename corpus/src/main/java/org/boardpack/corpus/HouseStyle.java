package org.boardpack.corpus;

import java.util.Locale;
import java.util.function.BiFunction;
import org.boardpack.corpus.charity.CharityPack;
import org.boardpack.corpus.council.CouncilPack;
import org.boardpack.corpus.nhs.NhsPack;
import org.boardpack.corpus.parish.ParishPack;

/**
 * The house styles the generator renders, each a function from a seed (and the {@link Variations}
 * to draw, none for the plain style) to a pack and its answers.
 */
public enum HouseStyle {
    NHS(NhsPack::render),
    COUNCIL(CouncilPack::render),
    CHARITY(CharityPack::render),
    PARISH(ParishPack::render);

    private final BiFunction<Long, Variations, RenderedPack> renderer;

    HouseStyle(BiFunction<Long, Variations, RenderedPack> renderer) {
        this.renderer = renderer;
    }

    /** The plain house style, as the bundled corpus is drawn. */
    public RenderedPack render(long seed) {
        return renderer.apply(seed, Variations.NONE);
    }

    /** The pack drawn with the given variations of the style. */
    public RenderedPack render(long seed, Variations variations) {
        return renderer.apply(seed, variations);
    }

    /** The pack with the variations its seed draws ({@link Variations#draw}). */
    public RenderedPack renderVaried(long seed) {
        return render(seed, Variations.draw(this, seed));
    }

    /** {@code nhs}, as command lines and sample specs spell it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HouseStyle of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
