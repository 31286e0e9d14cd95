package org.boardpack.extract.actions;

import java.util.List;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * The header row of a minutes table ({@code No. | Minute | Action}, {@code Discussion | Action/Decision
 * By when}), printed again at the head of each page the table runs onto: no part of the discussion
 * an action line closes.
 */
final class MinutesTableHeaders {

    /** A column heading is at most this many words ({@code Action / Decision}). */
    private static final int MAX_HEADING_WORDS = 4;
    /** Gap in ems between the headings of a table's header row. */
    private static final float HEADING_GAP_EMS = 1.2f;

    private final ActionVocabulary words;

    MinutesTableHeaders(ActionVocabulary words) {
        this.words = words;
    }

    /**
     * Whether the line is such a header: a bold line of column headings, one naming the action
     * column (perhaps with another column after it) and one before it the discussion.
     */
    boolean test(TextLine line) {
        if (!line.bold()) {
            return false;
        }
        List<TextLine> parts = line.segments(HEADING_GAP_EMS);
        boolean discussion = false;
        for (TextLine part : parts) {
            String heading = part.text().strip();
            if (discussion && opensWithActionHeading(part)) {
                return true;
            }
            discussion |= words.isDiscussionHeading(heading);
        }
        return false;
    }

    /** Whether a run of headings opens with the action column's ({@code Action/Decision By when}: narrow columns close up). */
    private boolean opensWithActionHeading(TextLine part) {
        List<Word> w = part.words();
        for (int e = Math.min(w.size(), MAX_HEADING_WORDS); e >= 1; e--) {
            if (words.isActionHeading(TextLine.join(w.subList(0, e)).strip())) {
                return true;
            }
        }
        return false;
    }
}
