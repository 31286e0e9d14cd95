package org.boardpack.extract.actions;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a minute item as its table's number column prints it: {@code 6}, {@code 4.},
 * {@code 4.1}, {@code 12a}, a committee's prefixed number {@code BM 55/2122} or {@code FGB 98/2122},
 * a council reference {@code HWB/17/6}, or a board's with its abbreviation in mixed case {@code BoD/23/04}. A trailing full stop is not part of it.
 */
final class MinutesItemNumber {

    private static final Pattern LEADING = Pattern.compile(
            "^((?:[A-Z][A-Za-z&]{0,5}\\s?)?\\d{1,4}(?:[./]\\d{1,4}){0,2}[a-z]?|[A-Z][A-Za-z]{1,5}/\\d{1,3}/\\d{1,3})\\.?(?=\\s|$)");
    private static final Pattern SUB_NUMBER = Pattern.compile("^(\\d{1,3})\\.\\d{1,2}$");

    private MinutesItemNumber() {
    }

    /** The item number a cell's text opens with, if it opens with one. */
    static Optional<String> leading(String text) {
        Matcher m = LEADING.matcher(text.strip());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The stem of a paragraph number ({@code 4} of {@code 4.2}), or null for an item's own number. */
    static String stemOf(String number) {
        Matcher m = SUB_NUMBER.matcher(number);
        return m.matches() ? m.group(1) : null;
    }
}
