package org.boardpack.corpus;

import java.util.EnumSet;
import java.util.Set;

/**
 * The variations a pack is drawn with: none for the plain house styles (the bundled corpus), or a
 * set drawn from the pack's seed on a stream of its own, so that the plan and the look a seed
 * gives are the same whether the pack is varied or not.
 */
public record Variations(Set<Variation> on) {

    /** The plain house styles: what the bundled corpus and every test of it are drawn with. */
    public static final Variations NONE = new Variations(EnumSet.noneOf(Variation.class));

    /** The chance that a variation applicable to the style is drawn into a pack. */
    private static final double CHANCE = 0.6;

    public Variations {
        on = on.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(on));
    }

    /** The variations of {@code style} drawn for {@code seed}: each applicable one with chance {@value #CHANCE}. */
    public static Variations draw(HouseStyle style, long seed) {
        Rng rng = new Rng(seed * 131 + 17);
        Set<Variation> drawn = EnumSet.noneOf(Variation.class);
        for (Variation v : Variation.values()) {
            // a draw for every variation, applicable or not, keeps each one's draw fixed by the seed
            if (rng.chance(CHANCE) && v.appliesTo(style)) {
                drawn.add(v);
            }
        }
        return new Variations(drawn);
    }

    public boolean has(Variation v) {
        return on.contains(v);
    }
}
