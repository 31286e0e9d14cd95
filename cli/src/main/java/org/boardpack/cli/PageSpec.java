package org.boardpack.cli;

import java.util.ArrayList;
import java.util.List;

/** A set of pages as typed on the command line: {@code 3}, {@code 1,4-6}, {@code 10-}. Empty means all. */
record PageSpec(List<int[]> ranges) {

    static PageSpec parse(String spec) {
        List<int[]> ranges = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return new PageSpec(ranges);
        }
        for (String part : spec.split(",")) {
            String p = part.strip();
            if (!p.matches("\\d+(-\\d*)?")) {
                throw new IllegalArgumentException("'" + p + "' is not a page or range (e.g. 3, 1-4, 10-)");
            }
            String[] ends = p.split("-", -1);
            int from = Integer.parseInt(ends[0]);
            int to = ends.length == 1 ? from : ends[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(ends[1]);
            if (from < 1 || to < from) {
                throw new IllegalArgumentException("'" + p + "' is not a page range");
            }
            ranges.add(new int[] {from, to});
        }
        return new PageSpec(ranges);
    }

    boolean includes(int page) {
        return ranges.isEmpty() || ranges.stream().anyMatch(r -> page >= r[0] && page <= r[1]);
    }
}
