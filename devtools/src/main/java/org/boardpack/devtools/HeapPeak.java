package org.boardpack.devtools;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The most heap a benchmark stage used: the JVM's heap pools' peaks, reset (after a collection,
 * so the last stage's garbage does not count) when the stage starts.
 */
final class HeapPeak {

    private final List<MemoryPoolMXBean> heap;

    private HeapPeak(List<MemoryPoolMXBean> heap) {
        this.heap = heap;
    }

    /** Collects, then starts counting from the heap as it is now. */
    static HeapPeak start() {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        return new HeapPeak(heap);
    }

    /** The peak since {@link #start}, in bytes. */
    long bytes() {
        return heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
