package org.boardpack.extract.minutes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parish and town council minute numbers made of a year and a running number ({@code 23/01 To
 * receive apologies}, {@code 045/23 Planning}, {@code 2023/14 Finance}). Which part is the year
 * cannot be told from one number ({@code 23/01} and {@code 045/23} are both printed); the paper's
 * headings tell it: the year is the part they share, the item's own number the part that changes.
 * Such numbers are items only where at least two headings share their year and their own parts
 * run on one after another at least half the time (a list citing scattered minutes, {@code 98/2122},
 * {@code 101/2122}, {@code 113/2122}, is no run of headings); a number of another year (a minute of
 * an earlier meeting quoted at a line's start) is none.
 */
final class SequenceNumbers {

    /** Headings that must share a year before year/sequence numbers are read as items. */
    private static final int SHARED = 2;

    private SequenceNumbers() {
    }

    /**
     * The numbered lines with each year/sequence number's own part settled, and those that are no
     * items of this paper (no shared year, another year) set to {@code null}.
     */
    static List<NumberedLine> settle(List<NumberedLine> numbered) {
        List<ItemNumber> settled = settleNumbers(numbered.stream().map(nl -> nl == null ? null : nl.number()).toList());
        List<NumberedLine> out = new ArrayList<>(numbered.size());
        for (int i = 0; i < numbered.size(); i++) {
            NumberedLine nl = numbered.get(i);
            ItemNumber n = settled.get(i);
            out.add(nl == null || n == null ? null : n == nl.number() ? nl
                    : new NumberedLine(n, nl.x0(), nl.x1(), nl.apart(), nl.numberBold(), nl.title(), nl.columns()));
        }
        return out;
    }

    /** The same for item numbers read in a column (a ruled table's item column); {@code null} entries stay. */
    static List<ItemNumber> settleNumbers(List<ItemNumber> numbers) {
        Map<Integer, Integer> firsts = new HashMap<>();
        Map<Integer, Integer> seconds = new HashMap<>();
        for (ItemNumber n : numbers) {
            int[] parts = parts(n);
            if (parts != null) {
                firsts.merge(parts[0], 1, Integer::sum);
                seconds.merge(parts[1], 1, Integer::sum);
            }
        }
        if (firsts.isEmpty()) {
            return numbers;
        }
        Map.Entry<Integer, Integer> first = mode(firsts);
        Map.Entry<Integer, Integer> second = mode(seconds);
        // the year is the part most headings share; on a tie the first part, as "23/01" is the commoner order
        boolean yearFirst = first.getValue() >= second.getValue();
        Map.Entry<Integer, Integer> year = yearFirst ? first : second;
        List<ItemNumber> out = new ArrayList<>(numbers.size());
        int steps = 0;
        int kept = 0;
        int previous = Integer.MIN_VALUE;
        for (ItemNumber n : numbers) {
            int[] parts = parts(n);
            if (parts == null) {
                out.add(n);
            } else if (year.getValue() < SHARED || parts[yearFirst ? 0 : 1] != year.getKey()) {
                out.add(null);
            } else {
                int own = parts[yearFirst ? 1 : 0];
                steps += own == previous + 1 ? 1 : 0;
                kept++;
                previous = own;
                out.add(n.withMajor(own));
            }
        }
        if (steps < Math.max(1, (kept - 1) / 2)) {
            // 98/2122, 101/2122, 113/2122: minutes cited in an action list, not a run of headings
            out.replaceAll(n -> parts(n) != null ? null : n);
        }
        return out;
    }

    private static int[] parts(ItemNumber n) {
        return n == null ? null : n.sequenceParts();
    }

    private static Map.Entry<Integer, Integer> mode(Map<Integer, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    }
}
