package org.boardpack.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The only source of variation. {@link Random}'s sequence is fixed by its specification, so a
 * seed gives the same packs on every JVM.
 */
public final class Rng {

    private final Random random;

    public Rng(long seed) {
        this.random = new Random(seed);
    }

    /**
     * The second stream of a pack's seed, for how it looks and the long reports padding it. Kept
     * apart from the plan's stream so a pack's content (which the HTML writer also renders) does
     * not change when the look does.
     */
    public static Rng variation(long seed) {
        return new Rng(seed * 31 + 7);
    }

    /** Uniform in {@code [lo, hi]}. */
    public int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    /** A seed for something drawn from this stream, such as one pack of a batch. */
    public long nextLong() {
        return random.nextLong();
    }

    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    public final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** {@code n} distinct items in random order (a partial Fisher-Yates on a copy). */
    public <T> List<T> sample(List<T> items, int n) {
        List<T> copy = new ArrayList<>(items);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(copy.size() - i);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return new ArrayList<>(copy.subList(0, n));
    }
}
