package org.boardpack.extract.documents;

import java.util.regex.Pattern;

/**
 * A line's text as printed, without the layout's whitespace: the tabs and carriage returns some
 * producers put between words and non-breaking spaces become single spaces, and zero-width spaces
 * (not printed characters) go.
 */
public final class PrintedText {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\uFEFF]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private PrintedText() {
    }

    public static String clean(String printed) {
        if (isClean(printed)) {
            return printed;
        }
        return SPACE.matcher(INVISIBLE.matcher(printed).replaceAll("")).replaceAll(" ").strip();
    }

    /**
     * Whether the text is already as {@link #clean(String)} leaves it: most lines are, and every
     * extractor cleans the lines it reads, so one pass over the characters saves two replacements.
     */
    private static boolean isClean(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1))) {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007', '\u202F', '\u200B', '\u200C', '\u200D', '\uFEFF' -> {
                    return false;
                }
                case ' ' -> {
                    if (previous == ' ') {
                        return false;
                    }
                }
                default -> {
                }
            }
            previous = c;
        }
        return true;
    }
}
