package org.boardpack.extract.documents;

import java.util.Locale;

/**
 * Header rows that say what kind of paper a table is: an action log's ({@code Ref | Action |
 * Owner | Status}, {@code Ref | Action | Lead | Deadline}) and an agenda's ({@code Item | Subject
 * | Lead | Timing}, {@code Item | Presenter | Page}).
 */
final class PaperHeaderRows {

    private PaperHeaderRows() {
    }

    /** A reference, an action, who is responsible, and a status or deadline. */
    static boolean actionLog(String line) {
        String l = " " + line.toLowerCase(Locale.ROOT) + " ";
        return l.contains(" ref") && l.contains(" action")
                && (l.contains(" responsible") || l.contains(" owner") || l.contains(" lead"))
                && (l.contains(" status") || l.contains(" deadline") || l.contains(" due"));
    }

    /** An item column first, then a lead, subject, timing, presenter or page column. */
    static boolean agenda(String line) {
        String l = line.toLowerCase(Locale.ROOT).strip();
        return l.startsWith("item") && (l.contains("lead") || l.contains("subject") || l.contains("timing")
                || l.contains("presenter") || l.contains("page"));
    }
}
