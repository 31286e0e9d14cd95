package org.boardpack.extract.agenda;

import java.util.regex.Pattern;

/**
 * An agenda item's title as a researcher wants it: without the note of how the paper comes
 * ({@code - attached}, {@code - verbal}, {@code (to follow)}) and with layout whitespace collapsed.
 */
final class AgendaTitle {

    private static final Pattern PAPER_NOTE = Pattern.compile(
            "(?i)\\s*(?:[-–—:]\\s*|\\()(?:paper\\s+|report\\s+)?(?:attached|enclosed|verbal(?:\\s+update)?|oral(?:\\s+update)?"
                    + "|to follow|tabled|presentation|to be tabled|herewith)\\)?\\s*\\.?$");

    private AgendaTitle() {
    }

    static String clean(String raw) {
        String t = raw.replaceAll("\\s+", " ").strip();
        String previous;
        do {
            previous = t;
            t = PAPER_NOTE.matcher(t).replaceFirst("").strip();
        } while (!t.equals(previous));
        t = t.replaceAll("\\s*[-–—]$", "").strip();
        return t.isEmpty() ? null : t;
    }
}
