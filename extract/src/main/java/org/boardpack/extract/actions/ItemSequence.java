package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The item numbers of a minutes table's number column, in order, with a number misprinted with a
 * stray digit repaired from its sequence: {@code BM 58/2122}, {@code BM 592/2122},
 * {@code BM 603/2122}, {@code BM 61/2122} are items 58 to 61, since 592 out of sequence is 59 with a
 * digit too many. A number is repaired only when it breaks the sequence, reads as the next number
 * of its sequence without its last digit, is printed exactly like its neighbours around it (the
 * same prefix and suffix) and the number after it goes on from the repair; paragraph numbers
 * ({@code 4.1}), jumps by whole numbers and the last number stay as printed.
 */
final class ItemSequence {

    /** A number's printed parts: what precedes its first run of digits, the run, what follows. */
    private static final Pattern PARTS = Pattern.compile("^(\\D*)(\\d+)(.*)$");

    private ItemSequence() {
    }

    static List<String> repaired(List<String> numbers) {
        List<String> out = new ArrayList<>(numbers);
        for (int i = 1; i < out.size(); i++) {
            Matcher before = PARTS.matcher(out.get(i - 1));
            Matcher here = PARTS.matcher(out.get(i));
            if (!before.matches() || !here.matches() || !before.group(1).equals(here.group(1))
                    || !before.group(3).equals(here.group(3)) || here.group(2).length() < 2) {
                continue;
            }
            long expected = Long.parseLong(before.group(2)) + 1;
            String digits = here.group(2);
            if (Long.parseLong(digits) != expected && !out.contains(here.group(1) + expected + here.group(3))
                    && Long.parseLong(digits.substring(0, digits.length() - 1)) == expected
                    && followedBy(numbers, i, here.group(1), here.group(3), expected + 1)) {
                out.set(i, here.group(1) + expected + here.group(3));
            }
        }
        return out;
    }

    /**
     * Whether the number after {@code i} goes on from the repair: the next number, printed alike,
     * or that number misprinted the same way. The last number has nothing to confirm it.
     */
    private static boolean followedBy(List<String> numbers, int i, String prefix, String suffix, long next) {
        if (i + 1 >= numbers.size()) {
            return false;
        }
        Matcher m = PARTS.matcher(numbers.get(i + 1));
        if (!m.matches() || !m.group(1).equals(prefix) || !m.group(3).equals(suffix)) {
            return false;
        }
        long n = Long.parseLong(m.group(2));
        return n == next || n / 10 == next;
    }
}
