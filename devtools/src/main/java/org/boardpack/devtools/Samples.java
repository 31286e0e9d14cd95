package org.boardpack.devtools;

import java.util.Arrays;

/** Durations in nanoseconds, and their percentiles in milliseconds (nearest rank). */
final class Samples {

    private long[] values = new long[256];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    void addAll(Samples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int size() {
        return size;
    }

    /** The mean in ms; 0 when empty. */
    double meanMs() {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return size == 0 ? 0 : sum / 1e6 / size;
    }

    /** The q-th percentile (0.5 = median, 1.0 = max) in ms; 0 when empty. */
    double ms(double q) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
    }
}
