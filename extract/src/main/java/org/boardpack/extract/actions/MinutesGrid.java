package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.boardpack.extract.documents.DocumentSpan;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.Ruling;
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

    enum Column { NUMBER, DISCUSSION, ACTION }

    private static final Pattern ACTION_HEADING = Pattern.compile(
            "(?i)^(actions?|action by|action owner|action/owner|owner|lead|by whom|who|responsible)$");
    private static final Pattern DISCUSSION_HEADING = Pattern.compile(
            "(?i)^(discussion|discussions|minutes?|notes?|summary|details|discussion (and|&) (outcomes?|decisions?)"
                    + "|subject|item|agenda item|discussion/decision|discussion and agreed actions)$");
    /** Gap in ems that separates the parts of a wrapped heading line. */
    private static final float HEADING_GAP_EMS = 1.2f;
    /** How far left of a heading the ruling that opens its column may stand. */
    private static final float RULING_REACH = 30f;
    private static final float PAD = 3f;
    /** Line pitch of 10-point text, for a table too short to measure. */
    private static final float DEFAULT_PITCH = 12f;

    private final float discussionLeft;
    private final float actionLeft;
    private final float actionRight;
    private final List<Fragment> fragments;

    private MinutesGrid(float discussionLeft, float actionLeft, float actionRight, List<Fragment> fragments) {
        this.discussionLeft = discussionLeft;
        this.actionLeft = actionLeft;
        this.actionRight = actionRight;
        this.fragments = List.copyOf(fragments);
    }

    /** The minutes' table, or nothing when no line of the minutes reads as its header. */
    static Optional<MinutesGrid> find(ParsedDocument doc, DocumentSpan minutes, PageTableSource finder) {
        for (int n = minutes.firstPage(); n <= minutes.lastPage(); n++) {
            Page page = doc.pages().get(n - 1);
            for (TextLine line : page.lines()) {
                Optional<float[]> bands = headerBands(page, line);
                if (bands.isPresent()) {
                    float[] b = bands.get();
                    return Optional.of(new MinutesGrid(b[0], b[1], b[2], cut(doc, minutes, finder, n, line, b)));
                }
            }
        }
        return Optional.empty();
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
        return mid >= actionLeft ? Column.ACTION : mid >= discussionLeft ? Column.DISCUSSION : Column.NUMBER;
    }

    /** A run of a line's words that names a column: its text and its horizontal extent. */
    private record Heading(float x0, float x1) {
    }

    /**
     * {discussion left, action left, action right} when the line is the table's header row: its
     * last words name the action column, right of the page's middle, and a run of words before them
     * names the discussion. Headings are matched as runs of words, not by the gaps between them,
     * which narrow columns squeeze to a word space.
     */
    private static Optional<float[]> headerBands(Page page, TextLine line) {
        List<Word> words = line.words();
        Heading action = null;
        int actionStart = -1;
        for (int k = Math.max(1, words.size() - 3); k < words.size() && action == null; k++) {
            if (ACTION_HEADING.matcher(new TextLine(words.subList(k, words.size())).text()).matches()
                    && words.get(k).x0() >= page.width() / 2) {
                action = new Heading(words.get(k).x0(), words.getLast().x1());
                actionStart = k;
            }
        }
        if (action == null) {
            return Optional.empty();
        }
        // the discussion heading nearest the action column: "Item" may head the number column
        Heading discussion = null;
        int discussionStart = -1;
        for (int a = actionStart - 1; a >= 0 && discussion == null; a--) {
            for (int b = Math.min(actionStart, a + 4); b > a; b--) {
                if (DISCUSSION_HEADING.matcher(new TextLine(words.subList(a, b)).text()).matches()) {
                    discussion = new Heading(words.get(a).x0(), words.get(b - 1).x1());
                    discussionStart = a;
                    break;
                }
            }
        }
        if (discussion == null) {
            return Optional.empty();
        }
        float actionLeft = rulingLeftOf(page, line, action.x0(), discussion.x1()).orElse(action.x0() - PAD);
        float discussionLeft = discussionStart == 0 ? 0f
                : rulingLeftOf(page, line, discussion.x0(), words.get(discussionStart - 1).x1())
                        .orElse(discussion.x0() - PAD);
        float actionRight = rulingRightOf(page, line, action.x1()).orElse(page.width());
        return Optional.of(new float[] {discussionLeft, actionLeft, actionRight});
    }

    private static Optional<Float> rulingLeftOf(Page page, TextLine line, float headingX0, float notBefore) {
        Float best = null;
        for (Ruling r : verticalsAcross(page, line)) {
            if (r.x0() <= headingX0 + 1 && r.x0() >= Math.max(notBefore, headingX0 - RULING_REACH)
                    && (best == null || r.x0() > best)) {
                best = r.x0();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Float> rulingRightOf(Page page, TextLine line, float headingX1) {
        Float best = null;
        for (Ruling r : verticalsAcross(page, line)) {
            if (r.x0() >= headingX1 - 1 && (best == null || r.x0() < best)) {
                best = r.x0();
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<Ruling> verticalsAcross(Page page, TextLine line) {
        float mid = (line.top() + line.bottom()) / 2;
        return page.rulings().stream().filter(Ruling::vertical).filter(r -> r.top() <= mid && r.bottom() >= mid)
                .toList();
    }

    /**
     * Every line of the table cut into column parts: below the header on its page, and on the
     * following pages of the minutes, within the ruled table's frame where one is drawn. Repeated
     * header rows are left out.
     */
    private static List<Fragment> cut(ParsedDocument doc, DocumentSpan minutes, PageTableSource finder, int firstPage,
                                      TextLine header, float[] bands) {
        List<Fragment> out = new ArrayList<>();
        for (int n = firstPage; n <= minutes.lastPage(); n++) {
            Page page = doc.pages().get(n - 1);
            float top = n == firstPage ? header.bottom() : 0f;
            float bottom = page.height();
            Optional<DetectedTable> frame = frame(finder.onPage(page), n == firstPage ? header : null, bands);
            if (frame.isPresent()) {
                top = Math.max(top, n == firstPage ? top : frame.get().top());
                bottom = frame.get().bottom();
            }
            TextLine previous = n == firstPage ? header : null;
            for (TextLine line : page.lines()) {
                if (line.top() < top - 1 || line.top() > bottom) {
                    continue;
                }
                Optional<float[]> again = headerBands(page, line);
                boolean headerRest = previous != null && headingWrap(previous, line, header);
                previous = again.isPresent() || headerRest ? line : null;
                if (again.isEmpty() && !headerRest) {
                    out.addAll(split(n, line, bands));
                }
            }
        }
        return out;
    }

    /**
     * A heading wrapped onto a second line ({@code Item} / {@code No.}): bold, right under the
     * header row, every part starting where a heading starts.
     */
    private static boolean headingWrap(TextLine above, TextLine line, TextLine header) {
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
            boolean spansColumns = t.x0() <= bands[1] && t.x1() >= bands[1];
            if (!spansColumns) {
                continue;
            }
            if (header == null || header.top() >= t.top() - 2 && header.bottom() <= t.bottom() + 2) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static List<Fragment> split(int page, TextLine line, float[] bands) {
        List<Fragment> out = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        int runColumn = -1;
        for (Word w : line.words()) {
            float mid = (w.x0() + w.x1()) / 2;
            if (mid > bands[2]) {
                continue;
            }
            int column = mid >= bands[1] ? 2 : mid >= bands[0] ? 1 : 0;
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
