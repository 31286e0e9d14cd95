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
        return SPACE.matcher(INVISIBLE.matcher(printed).replaceAll("")).replaceAll(" ").strip();
    }
}
