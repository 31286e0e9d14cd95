package org.boardpack.extract.decisions;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.ingest.tables.DetectedTable;

/**
 * Tables inside minutes that list the actions arising ({@code ITEM | | BY WHOM | BY WHEN}): a
 * column for the owner and one for the deadline, as action logs head them
 * ({@code action-log-headings}), and no column of paragraphs (a minutes grid's discussion column
 * keeps its decisions). The owner and the deadline head two columns of their own: one cell whose
 * words merely run into both ({@code Minute Action By when}, a minutes header whose columns a
 * whitespace table ran together, read {@code Action by} + {@code when}) names neither. Such a list restates what the meeting agreed as tasks ("It was agreed that
 * Heather … agree the increase" beside its owner): the decision is recorded once, where the
 * minute records it (annotation guide), so the list's lines are no decision text.
 */
final class ActionListTables {

    /** Average words of a column's cells over which the column holds paragraphs: a discussion, not tasks. */
    private static final int PARAGRAPH_WORDS = 25;

    private final Pattern owner = role("owner");
    private final Pattern due = role("due");

    boolean isActionList(DetectedTable table) {
        if (table.rows().size() < 2) {
            return false;
        }
        List<String> header = table.rows().getFirst();
        if (!separateColumns(header)) {
            return false;
        }
        for (int c = 0; c < header.size(); c++) {
            int words = 0;
            for (int r = 1; r < table.rows().size(); r++) {
                List<String> row = table.rows().get(r);
                words += c < row.size() && !row.get(c).isBlank() ? row.get(c).strip().split("\\s+").length : 0;
            }
            if (words / (table.rows().size() - 1) > PARAGRAPH_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** Whether one header cell names an owner and another cell a deadline. */
    private boolean separateColumns(List<String> header) {
        for (int o = 0; o < header.size(); o++) {
            if (!owner.matcher(header.get(o)).find()) {
                continue;
            }
            for (int d = 0; d < header.size(); d++) {
                if (d != o && due.matcher(header.get(d)).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The headings of one role ({@code owner: by whom}) as whole words, case-insensitively. */
    private static Pattern role(String name) {
        String prefix = name + ":";
        List<String> headings = Lexicon.words("action-log-headings").stream()
                .filter(w -> w.toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(w -> Pattern.quote(w.substring(prefix.length()).strip()).replace(" ", "\\E\\s+\\Q"))
                .toList();
        return Pattern.compile("(?i)(?<![\\w])(?:" + String.join("|", headings) + ")(?![\\w])");
    }
}
