package org.boardpack.extract.actions;

import java.util.regex.Pattern;

/**
 * The marks that open the entries of a list in minutes: bullets ({@code •}, {@code ●}, {@code ○},
 * {@code ■}, a dash) and the lettering or numbering of sub-paragraphs ({@code a.}, {@code b)},
 * {@code (c)}, {@code 2)}).
 */
final class ListMarks {

    private static final String BULLETS = "•●○■▪◦·∙\\-–*➢►";
    private static final Pattern BULLET = Pattern.compile("^[" + BULLETS + "]$");
    private static final Pattern ENTRY = Pattern.compile(
            "^\\s*(?:\\(?[a-z]{1,2}\\)|[a-z][.)]|\\(?\\d{1,2}\\)|[" + BULLETS + "])\\s");

    private ListMarks() {
    }

    /** Whether a word is a bullet on its own. */
    static boolean isBullet(String word) {
        return BULLET.matcher(word).matches();
    }

    /** Whether a line opens a list entry with a bullet, a letter or a bracketed number. */
    static boolean opensEntry(String line) {
        return ENTRY.matcher(line).find();
    }
}
