package org.boardpack.corpus.nhs;

import java.time.LocalDate;
import java.util.List;
import org.boardpack.corpus.Dates;

/**
 * What an action log's cells print under the variations of its columns: the owner named in the
 * action ({@code … (Jane Smith)}, {@code Jane Smith to …}) when the log has no owner column, and
 * deadlines in words or bare months ({@code Ongoing}, {@code March}, {@code Mar 2025}). The form
 * goes by the row's place in the log, so the plan's random stream is left as it is.
 */
final class LogCells {

    private static final List<String> WORDS = List.of("Ongoing", "Next meeting");

    private LogCells() {
    }

    /** The action with its owner named: after it in brackets, or (for a single owner) before it as "X to …". */
    static String ownerInText(String action, String owner, int row) {
        boolean lead = row % 2 == 1 && !owner.contains("/") && action.length() > 1
                && Character.isLowerCase(action.charAt(1));
        if (lead) {
            return owner + " to " + Character.toLowerCase(action.charAt(0)) + action.substring(1);
        }
        String bare = action.endsWith(".") ? action.substring(0, action.length() - 1) : action;
        return bare + " (" + owner + ")";
    }

    /** The deadline as printed: in words, as a bare month, or as a month and year, by turns. */
    static String deadlineInWords(LocalDate due, int row) {
        return switch (row % 3) {
            case 0 -> WORDS.get(row / 3 % WORDS.size());
            case 1 -> Dates.month(due);
            default -> Dates.month(due).substring(0, 3) + " " + due.getYear();
        };
    }

    /** The deadline's ISO month, or null for one in words (annotation guide: {@code due_text} keeps it). */
    static String dueOfWords(String printed, LocalDate due) {
        return WORDS.contains(printed) ? null : Dates.isoMonth(due);
    }
}
