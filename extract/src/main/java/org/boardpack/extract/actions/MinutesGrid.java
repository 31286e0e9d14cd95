package org.boardpack.extract.actions;

import org.boardpack.extract.documents.PaperArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.ingest.tables.DetectedTable;
import org.boardpack.ingest.tables.PageTableSource;

/**
 * The columns of a minutes table ({@code Item No. | Discussion | Action}) as three bands across the
 * page, found from the header row: the discussion and action columns begin at the ruling left of
 * their heading, or at the heading itself where no ruling is drawn. Every line of the table, on
 * every page of the minutes, is cut into the parts that fall in each band (a word belongs to the
 * band holding its centre), so that what stands level in different columns can be paired up.
 */
final class MinutesGrid {

    enum Column { NUMBER, DISCUSSION, ACTION, AFTER }

    /** The fourth band value of a lone heading's column (words of prose may run into its band). */
    private static final float LONE = 1f;
    /** An action heading alone on its line stands this far across the page at least. */
    private static final float MARGIN = 0.6f;
    /** Without rulings, a word is in the action column only after a gap this many of its heights wide. */
    private static final float COLUMN_GAP = 1.5f;
    /** A column heading is at most this many words ({@code Action / Decision}). */
    private static final int MAX_HEADING_WORDS = 4;
    /** Gap in ems that separates the parts of a wrapped heading line. */
    private static final float HEADING_GAP_EMS = 1.2f;
    private static final float PAD = 3f;
    /** Line pitch of 10-point text, for a table too short to measure. */
    private static final float DEFAULT_PITCH = 12f;

    private final float discussionLeft;
    private final float actionLeft;
    private final float actionRight;
    private final List<Fragment> fragments;
    /** Whether the column after the action column holds deadlines ({@code Action | By when}). */
    private final boolean dueAfter;

    private MinutesGrid(float discussionLeft, float actionLeft, float actionRight, List<Fragment> fragments,
                        boolean dueAfter) {
        this.discussionLeft = discussionLeft;
        this.actionLeft = actionLeft;
        this.actionRight = actionRight;
        this.fragments = List.copyOf(fragments);
        this.dueAfter = dueAfter;
    }

    /**
     * The minutes' table, or nothing: from the first line of the minutes that reads as its header
     * row, else from the first numbered row of a ruled table that prints no header
     * ({@link HeaderlessGrid}).
     */
    static Optional<MinutesGrid> find(ParsedDocument doc, DocumentSpan minutes, PageTableSource finder,
                                      HeadingRoles roles) {
        for (int n = minutes.firstPage(); n <= minutes.lastPage(); n++) {
            Page page = PaperArea.page(doc, minutes, n);
            for (TextLine line : page.lines()) {
                // a header whose headings wrap reads whole (Action by | By when), else as its first line
                Optional<TextLine> stacked = StackedHeadings.of(page, line);
                TextLine heading = stacked.orElse(line);
                Optional<float[]> bands = stacked.flatMap(s -> headerBands(page, s, true, roles));
                if (bands.isEmpty()) {
                    heading = line;
                    bands = headerBands(page, line, true, roles);
                }
                if (bands.isPresent()) {
                    float[] b = bands.get();
                    return Optional.of(new MinutesGrid(b[0], b[1], b[2], cut(doc, minutes, finder, n, line, true, b, roles),
                            dueAfter(heading, b[2], roles)));
                }
            }
        }
        return new HeaderlessGrid().find(doc, minutes, roles).map(f -> new MinutesGrid(f.bands()[0], f.bands()[1],
                f.bands()[2], cut(doc, minutes, finder, f.page(), f.first(), false, f.bands(), roles), false));
    }

    /** Whether the header's one column after the action column heads deadlines ({@code By when}, {@code Deadline}). */
    private static boolean dueAfter(TextLine header, float actionRight, HeadingRoles roles) {
        List<Word> after = header.words().stream().filter(w -> (w.x0() + w.x1()) / 2 > actionRight).toList();
        return !after.isEmpty() && roles.role(new TextLine(after).text()) == LogHeader.Role.DUE;
    }

    /** The parts of lines in the deadline column after the action column, or none when it has no such column. */
    List<Fragment> deadlines() {
        return dueAfter ? column(Column.AFTER) : List.of();
    }

    /** Whether a printed line is part of the table (its words were cut into the columns). */
    boolean covers(int page, TextLine line) {
        Word first = line.words().getFirst();
        return fragments.stream().anyMatch(f -> f.page() == page && f.words().contains(first));
    }

    /** The parts of lines in one column, in reading order. */
    List<Fragment> column(Column c) {
        return fragments.stream().filter(f -> columnOf(f) == c).toList();
    }

    /**
     * The distance from one line of text to the next inside a paragraph: the lower quartile of
     * the steps between successive discussion lines. Paragraph breaks are wider steps; font sizes
     * are no guide, since producers report them in different units.
     */
    float linePitch() {
        List<Float> steps = new ArrayList<>();
        Fragment previous = null;
        for (Fragment f : column(Column.DISCUSSION)) {
            if (previous != null && previous.page() == f.page() && f.top() - previous.top() > 1) {
                steps.add(f.top() - previous.top());
            }
            previous = f;
        }
        if (steps.isEmpty()) {
            return DEFAULT_PITCH;
        }
        steps.sort(null);
        return steps.get(steps.size() / 4);
    }

    private Column columnOf(Fragment f) {
        Word w = f.words().getFirst();
        float mid = (w.x0() + w.x1()) / 2;
        return mid > actionRight ? Column.AFTER : mid >= actionLeft ? Column.ACTION
                : mid >= discussionLeft ? Column.DISCUSSION : Column.NUMBER;
    }

    /** A run of a line's words that names a column: its text and its horizontal extent. */
    private record Heading(float x0, float x1) {
    }

    /**
     * {discussion left, action left, action right} when the line is the table's header row: its
     * last headings name the action column ({@code Action}, {@code Action/Decision}), right of the
     * page's middle, perhaps followed by one more column's heading ({@code Action | By when}), and a
     * run of words before them names the discussion: runs of words, as narrow columns squeeze gaps.
     */
    private static Optional<float[]> headerBands(Page page, TextLine line, boolean loneAllowed, HeadingRoles roles) {
        ActionVocabulary vocabulary = ActionVocabulary.standard();
        List<Word> words = line.words();
        int actionStart = -1;
        int actionEnd = -1;
        int from = words.size() <= MAX_HEADING_WORDS ? 0 : Math.max(1, words.size() - MAX_HEADING_WORDS * 2);
        // pass 1, a next column squeezed to a word space: the shortest action heading ("Action/Decision By when")
        for (int pass = 0; pass < 2 && actionStart < 0; pass++) {
            for (int k = from; k < words.size() && actionStart < 0; k++) {
                for (int n = MAX_HEADING_WORDS; n > 0; n--) {
                    int e = pass == 1 ? k + MAX_HEADING_WORDS + 1 - n : k + n;
                    // the heading's own words first: rarely an action heading, so the tail's roles are seldom asked
                    if (e <= words.size() && words.get(k).x0() >= page.width() / 2
                            && vocabulary.isActionHeading(new TextLine(words.subList(k, e)).text())
                            && trailing(words, e, pass == 1, roles)) {
                        actionStart = k;
                        actionEnd = e;
                        break;
                    }
                }
            }
        }
        if (actionStart < 0) {
            return Optional.empty();
        }
        // the discussion heading nearest the action column: "Item" may head the number column
        Heading discussion = null;
        int discussionStart = -1;
        int discussionEnd = -1;
        for (int a = actionStart - 1; a >= 0 && discussion == null; a--) {
            for (int b = Math.min(actionStart, a + MAX_HEADING_WORDS); b > a; b--) {
                if (vocabulary.isDiscussionHeading(new TextLine(words.subList(a, b)).text())) {
                    discussion = new Heading(words.get(a).x0(), words.get(b - 1).x1());
                    discussionStart = a;
                    discussionEnd = b;
                    break;
                }
            }
        }
        if (discussion == null) {
            return loneAllowed ? lone(page, line, actionStart, actionEnd) : Optional.empty();
        }
        if (readsAsLog(line, new TextLine(words.subList(discussionStart, discussionEnd)).text(),
                new TextLine(words.subList(actionStart, actionEnd)).text(), roles)) {
            return Optional.empty();
        }
        Word first = words.get(actionStart);
        float actionLeft = ColumnRulings.leftOf(page, line, first.x0(), discussion.x1()).orElse(first.x0() - PAD);
        float discussionLeft = discussionStart == 0 ? 0f
                : ColumnRulings.leftOf(page, line, discussion.x0(), words.get(discussionStart - 1).x1())
                        .orElse(discussion.x0() - PAD);
        float actionRight = actionEnd < words.size()
                ? ColumnRulings.leftOf(page, line, words.get(actionEnd).x0(), words.get(actionEnd - 1).x1())
                        .orElse(words.get(actionEnd).x0() - PAD)
                : ColumnRulings.rightOf(page, line, words.get(actionEnd - 1).x1()).orElse(page.width());
        return Optional.of(new float[] {discussionLeft, actionLeft, actionRight});
    }

    /**
     * An action heading alone on its line in the right-hand margin, set in bold ({@code Action}
     * over a column of initials beside prose minutes): everything left of it is the discussion,
     * item numbers and all; the column starts half the heading's width left of it, for entries
     * centred under it. The word with an owner set right under it ({@code ACTION} / {@code JB}) is
     * an entry of the column, not its heading.
     */
    private static Optional<float[]> lone(Page page, TextLine line, int actionStart, int actionEnd) {
        List<Word> words = line.words();
        if (actionStart != 0 || actionEnd != words.size() || words.getFirst().x0() < MARGIN * page.width()
                || !line.bold() || stackedUnder(page, line)) {
            return Optional.empty();
        }
        float width = words.getLast().x1() - words.getFirst().x0();
        return Optional.of(new float[] {0f, words.getFirst().x0() - width / 2, page.width(), LONE});
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
     * whose "action" column is headed as an owner ({@code By whom}, {@code Lead}) and that names a
     * deadline or status column ({@code ITEM | BY WHOM | BY WHEN}) heads a summary of actions, a log:
     * its text column is the actions themselves. A column headed as the action ({@code Action},
     * {@code Action/Decision}) holds the actions, so the text column beside it is the discussion,
     * whatever it is headed and whatever column follows ({@code No. | Minute | Action | By when}).
     */
    private static boolean readsAsLog(TextLine line, String discussionHeading, String actionHeading,
                                      HeadingRoles roles) {
        if (roles.role(discussionHeading) != LogHeader.Role.ITEM || roles.role(actionHeading) != LogHeader.Role.OWNER) {
            return false;
        }
        return UnruledLogHeader.runs(line).stream().map(h -> roles.role(h.text()))
                .anyMatch(r -> r == LogHeader.Role.DUE || r == LogHeader.Role.STATUS || r == LogHeader.Role.RAG
                        || r == LogHeader.Role.RAISED);
    }

    /** Whether after word {@code e} of a header comes at most one more heading, set apart by a gap or ({@code squeezed}) a log's. */
    private static boolean trailing(List<Word> words, int e, boolean squeezed, HeadingRoles roles) {
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

    /**
     * Every line of the table cut into column parts: from its first line (below the header, or
     * the first row of a table without one) on its page, and on the following pages of the minutes,
     * within the ruled table's frame where one is drawn. Repeated header rows and running headers
     * and footers are left out.
     *
     * @param isHeader whether {@code header} is the header row (left out) or the first row (kept)
     */
    private static List<Fragment> cut(ParsedDocument doc, DocumentSpan minutes, PageTableSource finder, int firstPage,
                                      TextLine header, boolean isHeader, float[] bands, HeadingRoles roles) {
        List<Fragment> out = new ArrayList<>();
        // a ruled table goes on where its action column's rule goes on; text outside it (the
        // closing lines, an annex's table) is not the minutes' table
        boolean ruled = ColumnRulings.at(doc.pages().get(firstPage - 1), header, bands[1], PAD);
        for (int n = firstPage; n <= minutes.lastPage(); n++) {
            Page page = doc.pages().get(n - 1);
            float top = n != firstPage ? 0f : isHeader ? header.bottom() : header.top();
            float bottom = page.height();
            Optional<DetectedTable> frame = frame(finder.onPage(page), n == firstPage ? header : null, bands);
            if (frame.isPresent()) {
                top = Math.max(top, n == firstPage ? top : frame.get().top());
                bottom = frame.get().bottom();
            }
            TextLine previous = n == firstPage && isHeader ? header : null;
            for (TextLine line : page.bodyLines()) {
                if (line.top() < top - 1 || line.top() > bottom || ruled && !ColumnRulings.at(page, line, bands[1], PAD)) {
                    continue;
                }
                Optional<float[]> again = headerBands(page, line, false, roles)
                        .or(() -> isHeader && repeats(header, line) ? Optional.of(bands) : Optional.empty());
                boolean headerRest = previous != null && headingWrap(page, previous, line, header, roles);
                previous = again.isPresent() || headerRest ? line : null;
                if (again.isEmpty() && !headerRest) {
                    out.addAll(split(n, line, bands, ruled || bands.length < 4));
                }
            }
        }
        return out;
    }

    /**
     * The header printed again at the head of a later page, word for word where it stood: a lone
     * {@code Action} over the margin is no entry of its column, whatever stands under it.
     */
    private static boolean repeats(TextLine header, TextLine line) {
        return line.bold() == header.bold() && line.text().strip().equals(header.text().strip())
                && Math.abs(line.x0() - header.x0()) <= PAD;
    }

    /**
     * A heading wrapped onto a second line ({@code Item} / {@code No.}): bold, right under the
     * header row, every part starting where a heading starts, or every word under a heading
     * ({@link StackedHeadings}).
     */
    private static boolean headingWrap(Page page, TextLine above, TextLine line, TextLine header, HeadingRoles roles) {
        if (StackedHeadings.wraps(above, line)
                && headerBands(page, StackedHeadings.stack(above, line), false, roles).isPresent()) {
            return true;
        }
        if (!line.bold() || line.top() - above.bottom() > line.fontSize()) {
            return false;
        }
        for (TextLine part : line.segments(HEADING_GAP_EMS)) {
            boolean aligned = header.words().stream().anyMatch(h -> Math.abs(h.x0() - part.x0()) < 4);
            if (!aligned) {
                return false;
            }
        }
        return true;
    }

    /** The ruled table holding the header row, or on a later page the table that starts it. */
    private static Optional<DetectedTable> frame(List<DetectedTable> tables, TextLine header, float[] bands) {
        for (DetectedTable t : tables) {
            // only a drawn frame bounds the table; a block found by whitespace alone may stop short
            boolean spansColumns = "lattice".equals(t.method()) && t.x0() <= bands[1] && t.x1() >= bands[1];
            if (!spansColumns) {
                continue;
            }
            if (header == null || header.top() >= t.top() - 2 && header.bottom() <= t.bottom() + 2) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * A line cut into its columns' parts. Beside prose under a lone heading a word falls in the
     * action column only after a gap as wide as columns leave: a long discussion line running into
     * the column's band stays in the discussion. Columns under a header row of their own may be
     * squeezed to a word space apart, so there the band alone decides.
     *
     * @param banded whether the bands alone decide (a ruled table, or a header row of columns)
     */
    private static List<Fragment> split(int page, TextLine line, float[] bands, boolean banded) {
        List<Fragment> out = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        int runColumn = -1;
        Word previous = null;
        for (Word w : line.words()) {
            float mid = (w.x0() + w.x1()) / 2;
            // words after the action column (a "By when" column) are its own column's
            int column = mid > bands[2] ? 3 : mid >= bands[1] ? 2 : mid >= bands[0] ? 1 : 0;
            boolean apart = previous == null || w.x0() - previous.x1() >= COLUMN_GAP * w.height();
            if (column == 2 && !banded && runColumn < 2 && !apart) {
                column = runColumn;
            }
            previous = w;
            if (column != runColumn && !run.isEmpty()) {
                out.add(fragment(page, run));
                run = new ArrayList<>();
            }
            run.add(w);
            runColumn = column;
        }
        if (!run.isEmpty()) {
            out.add(fragment(page, run));
        }
        return out;
    }

    private static Fragment fragment(int page, List<Word> words) {
        float top = (float) words.stream().mapToDouble(Word::top).min().orElseThrow();
        float bottom = (float) words.stream().mapToDouble(Word::bottom).max().orElseThrow();
        return new Fragment(page, words.getFirst().x0(), top, bottom, words);
    }
}
