package org.boardpack.extract.documents;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.ingest.TextLine;

/**
 * Signs that a paper opening under the minutes is a paper of its own though the minutes never
 * recorded their close: its title is set in heading type, a size above the page's body text
 * (measured by glyph height, so a bold sub-heading of the minutes in their own type does not
 * count), with the meeting's date in its block, as a new paper's head prints it ({@code Action
 * Log} / {@code Harbour Trust Board – 14 January 2020}); or, for an action log, its header row
 * dates each action to the meeting that raised it ({@code Date raised}, {@code Meeting date}),
 * which a log kept over meetings has and the minutes' own table of their actions does not.
 */
final class PaperHead {

    /** How much taller than the body text's a title's glyphs must be to be set in heading type. */
    private static final float HEADING_FACTOR = 1.2f;
    /**
     * A log's column naming the meeting that raised each action ({@code action-log-headings},
     * role {@code raised}); a bare {@code Date} or {@code Meeting} is left out, since in a header
     * line it may be part of another column's heading ({@code Date due}).
     */
    private static final Pattern RAISED_COLUMN = Pattern.compile("(?i)\\b(?:" + String.join("|",
            Lexicon.words("action-log-headings").stream()
                    .filter(e -> e.startsWith("raised:"))
                    .map(e -> e.substring("raised:".length()).strip().toLowerCase(Locale.ROOT))
                    .filter(h -> !h.equals("date") && !h.equals("dated") && !h.equals("meeting"))
                    .map(h -> Pattern.quote(h).replace(" ", "\\E\\s+\\Q"))
                    .toList()) + ")\\b");

    private final DateParser dates;

    PaperHead(DateParser dates) {
        this.dates = dates;
    }

    /**
     * Whether the title on line {@code title}, its block starting on line {@code start}, heads a
     * paper of its own: set in heading type, with a date on its head's lines, {@code start} up to
     * {@code end} (exclusive: the paper's first row, whose dates are its entries', not its own).
     */
    boolean heads(List<TextLine> lines, int start, int title, int end) {
        if (height(lines.get(title)) <= HEADING_FACTOR * bodyHeight(lines)) {
            return false;
        }
        StringBuilder head = new StringBuilder();
        for (int k = start; k < Math.min(lines.size(), end); k++) {
            head.append(PrintedText.clean(lines.get(k).text())).append(' ');
        }
        return dates.find(head.toString()).isPresent();
    }

    /** Whether an action log's header row names the column of the meeting that raised each action. */
    static boolean datesRaised(String headerRow) {
        return RAISED_COLUMN.matcher(headerRow).find();
    }

    /** The glyph height most of the page's lines are set in: the median line height. */
    private static float bodyHeight(List<TextLine> lines) {
        float[] h = new float[lines.size()];
        for (int i = 0; i < h.length; i++) {
            h[i] = height(lines.get(i));
        }
        java.util.Arrays.sort(h);
        return h.length == 0 ? 0f : h[h.length / 2];
    }

    private static float height(TextLine line) {
        return Math.max(0f, line.bottom() - line.top());
    }
}
