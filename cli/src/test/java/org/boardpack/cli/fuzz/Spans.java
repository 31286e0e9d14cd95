package org.boardpack.cli.fuzz;

import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Finding the parts of a PDF a mutation works on, by pattern, and editing them. */
final class Spans {

    private Spans() {
    }

    static List<MatchResult> all(String pdf, Pattern pattern) {
        return pattern.matcher(pdf).results().toList();
    }

    static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    /** {@code pdf} with {@code [start, end)} replaced. */
    static String replace(String pdf, int start, int end, String with) {
        return pdf.substring(0, start) + with + pdf.substring(end);
    }

    /** {@code length} chars of random bytes: binary garbage, digits and PDF delimiters alike. */
    static String garbage(Random random, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) random.nextInt(256);
        }
        return new String(chars);
    }
}
