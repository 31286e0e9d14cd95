package org.boardpack.extract.actions;

import java.util.List;
import java.util.Optional;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * The header row of minutes set as a table, read for where its columns stand: {@code Item No. |
 * Discussion | Action}, {@code No. | Minute | Action | By when}, a task column followed by its
 * owner's ({@code No. | Discussion | Action | Lead | Deadline}, {@code Action agreed | By whom |
 * By when}), or a lone {@code Action} heading over a right-hand margin of initials. A header that
 * heads an action log instead ({@code ITEM | BY WHOM | BY WHEN}) is no minutes table's: one table,
 * one reading.
 */
final class MinutesHeader {

    /** An action heading alone on its line stands this far across the page at least. */
    private static final float MARGIN = 0.6f;
    /** A column heading is at most this many words ({@code Action / Decision}). */
    private static final int MAX_HEADING_WORDS = 4;
    /** Gap in ems that separates the parts of a wrapped heading line. */
    private static final float HEADING_GAP_EMS = 1.2f;
    private static final float PAD = 3f;

    /**
     * The columns across the page: the discussion from {@code discussionLeft}, the action column
     * from {@code actionLeft} to {@code actionRight}, the owner column beside a task column from
     * there to {@code ownerRight} (equal to {@code actionRight} where the table has none).
     *
     * @param lone whether the action heading stands alone over the margin of prose minutes
     */
    record Bands(float discussionLeft, float actionLeft, float actionRight, float ownerRight, boolean lone) {

        Bands(float discussionLeft, float actionLeft, float actionRight) {
            this(discussionLeft, actionLeft, actionRight, actionRight, false);
        }

        /** Whether an owner column follows the action column: then the action column holds the tasks. */
        boolean hasOwner() {
            return ownerRight > actionRight;
        }
    }

    /** Where the action heading's words run, and its owner column's where one follows ({@code ownerEnd > end}). */
    private record Span(int start, int end, int ownerEnd) {
    }

    private MinutesHeader() {
    }

    /**
     * The bands when the line is the table's header row: its last headings name the action column
     * ({@code Action}, {@code Action/Decision}), right of the page's middle, perhaps followed by
     * one more column's heading ({@code Action | By when}); or they name a task column followed by
     * an owner column and perhaps one more ({@code Action | Lead | Deadline}). A run of words
     * before them names the discussion: runs of words, as narrow columns squeeze gaps.
     */
    static Optional<Bands> of(Page page, TextLine line, boolean loneAllowed, HeadingRoles roles) {
        ActionVocabulary vocabulary = ActionVocabulary.standard();
        List<Word> words = line.words();
        Optional<Span> found = taskAndOwner(page, words, roles).or(() -> action(page, words, roles));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Span span = found.get();
        // the discussion heading nearest the action column: "Item" may head the number column
        int discussionStart = -1;
        int discussionEnd = -1;
        for (int a = span.start() - 1; a >= 0 && discussionStart < 0; a--) {
            for (int b = Math.min(span.start(), a + MAX_HEADING_WORDS); b > a; b--) {
                if (vocabulary.isDiscussionHeading(text(words, a, b))) {
                    discussionStart = a;
                    discussionEnd = b;
                    break;
                }
            }
        }
        if (discussionStart < 0) {
            return loneAllowed && span.ownerEnd() == span.end() ? lone(page, line, span.start(), span.end())
                    : Optional.empty();
        }
        Word first = words.get(span.start());
        float discussionX1 = words.get(discussionEnd - 1).x1();
        float actionLeft = ColumnRulings.leftOf(page, line, first.x0(), discussionX1).orElse(first.x0() - PAD);
        float discussionLeft = discussionStart == 0 ? 0f
                : ColumnRulings.leftOf(page, line, words.get(discussionStart).x0(), words.get(discussionStart - 1).x1())
                        .orElse(words.get(discussionStart).x0() - PAD);
        float actionRight = rightEdge(page, line, span.end());
        float ownerRight = span.ownerEnd() > span.end() ? rightEdge(page, line, span.ownerEnd()) : actionRight;
        String owner = span.ownerEnd() > span.end() ? text(words, span.end(), span.ownerEnd()) : null;
        // a discussion column wider than the task column beside it is the minutes' main column
        boolean minutesShaped = owner != null && MinutesShape.wider(actionLeft - discussionLeft, actionRight - actionLeft);
        if (!minutesShaped && readsAsLog(line, text(words, discussionStart, discussionEnd),
                text(words, span.start(), span.end()), owner, roles)) {
            return Optional.empty();
        }
        return Optional.of(new Bands(discussionLeft, actionLeft, actionRight, ownerRight, false));
    }

    /** Where the column whose heading ends before word {@code end} ends: at the next heading's ruling or the table's. */
    private static float rightEdge(Page page, TextLine line, int end) {
        List<Word> words = line.words();
        return end < words.size()
                ? ColumnRulings.leftOf(page, line, words.get(end).x0(), words.get(end - 1).x1())
                        .orElse(words.get(end).x0() - PAD)
                : ColumnRulings.rightOf(page, line, words.get(end - 1).x1()).orElse(page.width());
    }

    /**
     * A task column's heading ({@code Action}, {@code Action agreed}: an action heading that names
     * no owner) set apart from an owner column's heading after it ({@code Lead}, {@code By whom}),
     * right of the page's middle, with at most one more heading after that ({@code Deadline}).
     */
    private static Optional<Span> taskAndOwner(Page page, List<Word> words, HeadingRoles roles) {
        ActionVocabulary vocabulary = ActionVocabulary.standard();
        for (int k = from(words); k < words.size() - 1; k++) {
            for (int e = Math.min(words.size() - 1, k + MAX_HEADING_WORDS); e > k; e--) {
                if (!apart(words, e) || !vocabulary.isActionHeading(text(words, k, e))
                        || roles.role(text(words, k, e)) == LogHeader.Role.OWNER) {
                    continue;
                }
                for (int o = e + 1; o <= Math.min(words.size(), e + MAX_HEADING_WORDS); o++) {
                    if (words.get(e).x0() >= page.width() / 2 && closeSet(words, e, o)
                            && roles.role(text(words, e, o)) == LogHeader.Role.OWNER && ownerEnds(words, o, roles)) {
                        return Optional.of(new Span(k, e, o));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the owner's heading ends before word {@code o}: the rest is at most one heading, set
     * apart by a gap, or squeezed to a word space in a narrow column where the rest names a column
     * of its own ({@code Responsible Target}: a deadline's), not more of the owner's
     * ({@code Responsible officer}).
     */
    private static boolean ownerEnds(List<Word> words, int o, HeadingRoles roles) {
        if (trailing(words, o, false, roles)) {
            return true;
        }
        LogHeader.Role rest = o < words.size() ? roles.role(text(words, o, words.size())) : null;
        return rest != null && rest != LogHeader.Role.OWNER && trailing(words, o, true, roles);
    }

    /**
     * The action column's heading, with at most one more heading after it; on the second pass a
     * next column squeezed to a word space: the shortest action heading ({@code Action/Decision By when}).
     */
    private static Optional<Span> action(Page page, List<Word> words, HeadingRoles roles) {
        ActionVocabulary vocabulary = ActionVocabulary.standard();
        for (int pass = 0; pass < 2; pass++) {
            for (int k = from(words); k < words.size(); k++) {
                for (int n = MAX_HEADING_WORDS; n > 0; n--) {
                    int e = pass == 1 ? k + MAX_HEADING_WORDS + 1 - n : k + n;
                    // the heading's own words first: rarely an action heading, so the tail's roles are seldom asked
                    if (e <= words.size() && words.get(k).x0() >= page.width() / 2
                            && vocabulary.isActionHeading(text(words, k, e)) && trailing(words, e, pass == 1, roles)) {
                        return Optional.of(new Span(k, e, e));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The first word that may start the action heading: headings stand at the end of the header. */
    private static int from(List<Word> words) {
        return words.size() <= MAX_HEADING_WORDS ? 0 : Math.max(1, words.size() - MAX_HEADING_WORDS * 2);
    }

    /** Whether word {@code e} stands a column gap after the word before it. */
    private static boolean apart(List<Word> words, int e) {
        return words.get(e).x0() - words.get(e - 1).x1() >= HEADING_GAP_EMS * words.get(e).height();
    }

    /** Whether words {@code from} to {@code to} stand as one heading, no column gap between them. */
    private static boolean closeSet(List<Word> words, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (apart(words, k)) {
                return false;
            }
        }
        return true;
    }

    private static String text(List<Word> words, int from, int to) {
        return new TextLine(words.subList(from, to)).text();
    }

    /**
     * An action heading alone on its line in the right-hand margin, set in bold ({@code Action}
     * over a column of initials beside prose minutes): everything left of it is the discussion,
     * item numbers and all; the column starts half the heading's width left of it, for entries
     * centred under it. The word with an owner set right under it ({@code ACTION} / {@code JB}) is
     * an entry of the column, not its heading.
     */
    private static Optional<Bands> lone(Page page, TextLine line, int actionStart, int actionEnd) {
        List<Word> words = line.words();
        if (actionStart != 0 || actionEnd != words.size() || words.getFirst().x0() < MARGIN * page.width()
                || !line.bold() || stackedUnder(page, line)) {
            return Optional.empty();
        }
        float width = words.getLast().x1() - words.getFirst().x0();
        return Optional.of(new Bands(0f, words.getFirst().x0() - width / 2, page.width(), page.width(), true));
    }

    /** Whether a line starts right under this one, within its extent: the rest of a stacked entry. */
    private static boolean stackedUnder(Page page, TextLine line) {
        float height = line.bottom() - line.top();
        float width = line.x1() - line.x0();
        for (TextLine below : page.lines()) {
            if (below.top() > line.bottom() && below.top() - line.bottom() < 1.5f * height
                    && below.x0() >= line.x0() - width && below.x0() <= line.x1()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A header whose only text column is headed as a log's item ({@code Item}, {@code Subject}),
     * that names an owner column (headed where the action would be, {@code ITEM | BY WHOM | BY WHEN},
     * or after a task column, {@code Item | Action | Lead | Deadline}) and a deadline or status
     * column, heads a summary of actions, a log: its text column is the actions themselves, or the
     * topic they were raised under. A column headed as the action ({@code Action},
     * {@code Action/Decision}) holds the actions, so the text column beside it is the discussion,
     * whatever it is headed and whatever column follows ({@code No. | Minute | Action | By when}).
     */
    private static boolean readsAsLog(TextLine line, String discussionHeading, String actionHeading,
                                      String ownerHeading, HeadingRoles roles) {
        boolean owned = ownerHeading != null || roles.role(actionHeading) == LogHeader.Role.OWNER;
        if (roles.role(discussionHeading) != LogHeader.Role.ITEM || !owned) {
            return false;
        }
        return UnruledLogHeader.runs(line).stream().map(h -> roles.role(h.text()))
                .anyMatch(r -> r == LogHeader.Role.DUE || r == LogHeader.Role.STATUS || r == LogHeader.Role.RAG
                        || r == LogHeader.Role.RAISED);
    }

    /** Whether after word {@code e} of a header comes at most one more heading, set apart by a gap or ({@code squeezed}) a log's. */
    static boolean trailing(List<Word> words, int e, boolean squeezed, HeadingRoles roles) {
        if (e == words.size()) {
            return true;
        }
        // the cheap test first: this is asked for every word run of every line of the minutes
        if (words.size() - e > MAX_HEADING_WORDS) {
            return false;
        }
        if (words.get(e).x0() - words.get(e - 1).x1() < HEADING_GAP_EMS * words.get(e).height() && !(squeezed
                && roles.role(new TextLine(words.subList(e, words.size())).text()) != null)) {
            return false;
        }
        for (int k = e + 1; k < words.size(); k++) {
            if (words.get(k).x0() - words.get(k - 1).x1() >= HEADING_GAP_EMS * words.get(k).height()) {
                return false;
            }
        }
        return true;
    }
}
