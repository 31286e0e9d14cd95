package org.boardpack.extract.actions;

import org.boardpack.extract.documents.PaperArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.Ruling;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.ingest.tables.DetectedTable;
import org.boardpack.ingest.tables.PageTableSource;

/**
 * The columns of a minutes table ({@code Item No. | Discussion | Action}, with an owner column
 * after a task column: {@code | Action | Lead |}) as bands across the page, found from the header
 * row ({@link MinutesHeader}): the discussion and action columns begin at the ruling left of
 * their heading, or at the heading itself where no ruling is drawn. Every line of the table, on
 * every page of the minutes, is cut into the parts that fall in each band (a word belongs to the
 * band holding its centre), so that what stands level in different columns can be paired up.
 */
final class MinutesGrid {

    enum Column { NUMBER, DISCUSSION, ACTION, OWNER, AFTER }

    /** Without rulings, a word is in the action column only after a gap this many of its heights wide. */
    private static final float COLUMN_GAP = 1.5f;
    /** Gap in ems that separates the parts of a wrapped heading line. */
    private static final float HEADING_GAP_EMS = 1.2f;
    private static final float PAD = 3f;
    /** Line pitch of 10-point text, for a table too short to measure. */
    private static final float DEFAULT_PITCH = 12f;

    private final MinutesHeader.Bands bands;
    /** The document's pages, for the row borders a ruled table draws; empty where it draws none. */
    private final List<Page> ruledPages;
    private final List<Fragment> fragments;
    /** Whether the column after the action column holds deadlines ({@code Action | By when}). */
    private final boolean dueAfter;

    private MinutesGrid(MinutesHeader.Bands bands, List<Fragment> fragments, boolean dueAfter, List<Page> ruledPages) {
        this.bands = bands;
        this.ruledPages = List.copyOf(ruledPages);
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
                Optional<MinutesHeader.Bands> bands = stacked.flatMap(s -> MinutesHeader.of(page, s, true, roles));
                if (bands.isEmpty()) {
                    heading = line;
                    bands = MinutesHeader.of(page, line, true, roles);
                }
                if (bands.isPresent()) {
                    MinutesHeader.Bands b = bands.get();
                    return Optional.of(new MinutesGrid(b, cut(doc, minutes, finder, n, line, true, b, roles),
                            dueAfter(heading, b.ownerRight(), roles), ruledPages(doc, page, line, b)));
                }
            }
        }
        return new HeaderlessGrid().find(doc, minutes, roles).map(f -> new MinutesGrid(f.bands(),
                cut(doc, minutes, finder, f.page(), f.first(), false, f.bands(), roles), false,
                ruledPages(doc, doc.pages().get(f.page() - 1), f.first(), f.bands())));
    }

    /**
     * Whether the header's one column after the action column (or after the owner column beside
     * it) heads deadlines ({@code By when}, {@code Deadline}).
     */
    private static boolean dueAfter(TextLine header, float columnRight, HeadingRoles roles) {
        List<Word> after = header.words().stream().filter(w -> (w.x0() + w.x1()) / 2 > columnRight).toList();
        return !after.isEmpty() && roles.role(new TextLine(after).text()) == LogHeader.Role.DUE;
    }

    /** The parts of lines in the deadline column after the action column, or none when it has no such column. */
    List<Fragment> deadlines() {
        return dueAfter ? column(Column.AFTER) : List.of();
    }

    /** Whether the action column holds tasks whose owners stand in a column of their own beside it. */
    boolean hasOwnerColumn() {
        return bands.hasOwner();
    }

    /** The document's pages where the table is ruled (its action column's rule runs through its first line), else none. */
    private static List<Page> ruledPages(ParsedDocument doc, Page page, TextLine first, MinutesHeader.Bands bands) {
        return ColumnRulings.at(page, first, bands.actionLeft(), PAD) ? doc.pages() : List.of();
    }

    /** Whether the table draws its rows' borders: then a cell ends only at one. */
    boolean ruled() {
        return !ruledPages.isEmpty();
    }

    /**
     * Whether a row border is drawn between two parts of lines of one column: a horizontal rule
     * between them, across the lower one's start.
     */
    boolean ruledBetween(Fragment above, Fragment below) {
        if (ruledPages.isEmpty() || above.page() != below.page()) {
            return above.page() != below.page();
        }
        for (Ruling r : ruledPages.get(below.page() - 1).rulings()) {
            if (r.horizontal() && r.top() >= above.bottom() - 1 && r.top() <= below.top() + 1
                    && r.x0() <= below.x0() + PAD && r.x1() >= below.x0()) {
                return true;
            }
        }
        return false;
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
        return Column.values()[band(mid, bands)];
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
                                      TextLine header, boolean isHeader, MinutesHeader.Bands bands, HeadingRoles roles) {
        List<Fragment> out = new ArrayList<>();
        // a ruled table goes on where its action column's rule goes on; text outside it (the
        // closing lines, an annex's table) is not the minutes' table
        boolean ruled = ColumnRulings.at(doc.pages().get(firstPage - 1), header, bands.actionLeft(), PAD);
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
                if (line.top() < top - 1 || line.top() > bottom || ruled && !ColumnRulings.at(page, line, bands.actionLeft(), PAD)) {
                    continue;
                }
                Optional<MinutesHeader.Bands> again = MinutesHeader.of(page, line, false, roles)
                        .or(() -> isHeader && repeats(header, line) ? Optional.of(bands) : Optional.empty());
                boolean headerRest = previous != null && headingWrap(page, previous, line, header, roles);
                previous = again.isPresent() || headerRest ? line : null;
                if (again.isEmpty() && !headerRest) {
                    out.addAll(split(n, line, bands, ruled || !bands.lone()));
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
                && MinutesHeader.of(page, StackedHeadings.stack(above, line), false, roles).isPresent()) {
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
    private static Optional<DetectedTable> frame(List<DetectedTable> tables, TextLine header, MinutesHeader.Bands bands) {
        for (DetectedTable t : tables) {
            // only a drawn frame bounds the table; a block found by whitespace alone may stop short
            boolean spansColumns = "lattice".equals(t.method()) && t.x0() <= bands.actionLeft() && t.x1() >= bands.actionLeft();
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
    private static List<Fragment> split(int page, TextLine line, MinutesHeader.Bands bands, boolean banded) {
        List<Fragment> out = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        int runColumn = -1;
        Word previous = null;
        for (Word w : line.words()) {
            float mid = (w.x0() + w.x1()) / 2;
            // words after the action column (an owner's, a "By when" column) are their own column's
            int column = band(mid, bands);
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

    /** The column (its {@link Column} ordinal) a word centred at {@code mid} stands in. */
    private static int band(float mid, MinutesHeader.Bands bands) {
        return mid > bands.ownerRight() ? Column.AFTER.ordinal() : mid > bands.actionRight() ? Column.OWNER.ordinal()
                : mid >= bands.actionLeft() ? Column.ACTION.ordinal()
                : mid >= bands.discussionLeft() ? Column.DISCUSSION.ordinal() : Column.NUMBER.ordinal();
    }

    private static Fragment fragment(int page, List<Word> words) {
        float top = (float) words.stream().mapToDouble(Word::top).min().orElseThrow();
        float bottom = (float) words.stream().mapToDouble(Word::bottom).max().orElseThrow();
        return new Fragment(page, words.getFirst().x0(), top, bottom, words);
    }
}
