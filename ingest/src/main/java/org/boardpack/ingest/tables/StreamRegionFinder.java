package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.boardpack.ingest.Ruling;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * Finds the blocks of a page that may be stream tables. Lines are first grouped into runs that
 * are close together vertically and hold lines split by wide gaps ("tabular" lines); prose lines
 * break runs. Each run's columns come from its whitespace; a tabular line whose words straddle
 * those columns has another structure (a form header above a table, a second table), so the run
 * is split there and each part looked at again.
 */
final class StreamRegionFinder {

    /** Gap, in ems, between two parts of a line that puts them in different columns. */
    static final float SEGMENT_GAP_EMS = 1.0f;
    /** Narrowest river, in ems, that separates columns. */
    static final float RIVER_EMS = 0.8f;
    /** Largest vertical gap, in ems, between two lines of one table. */
    static final float MAX_LINE_GAP_EMS = 3.0f;
    /** A single-part line wider than this share of the page is prose, which ends a table. */
    static final float PROSE_WIDTH_SHARE = 0.4f;
    static final int MIN_LINES = 3;
    /** A note's letter or number before its title: "E", "a)", "(b)", "12.". */
    private static final Pattern NOTE_LETTER = Pattern.compile("\\(?([A-Za-z]|\\d{1,2})[.)]?");

    private final ColumnFinder columnFinder = new ColumnFinder(RIVER_EMS);

    List<StreamBlock> find(List<TextLine> lines, float pageWidth) {
        return find(lines, pageWidth, List.of());
    }

    /** The blocks of the lines; {@code rulings}, the page's drawn lines, keep boxed regions apart. */
    List<StreamBlock> find(List<TextLine> lines, float pageWidth, List<Ruling> rulings) {
        List<StreamBlock> out = new ArrayList<>();
        for (List<TextLine> run : AlignedRuns.join(runs(lines, pageWidth), rulings)) {
            split(run, out, 0);
        }
        return out;
    }

    /** Runs of lines, each marked with whether only blank space (no prose) parts it from the run before. */
    private List<AlignedRuns.Run> runs(List<TextLine> lines, float pageWidth) {
        List<AlignedRuns.Run> runs = new ArrayList<>();
        List<TextLine> run = new ArrayList<>();
        boolean afterGap = false;
        TextLine previous = null;
        HeadingGrid grid = null;
        for (TextLine line : lines) {
            Optional<HeadingGrid> heading = HeadingGrid.of(line);
            boolean inGrid = grid != null && grid.fits(line);
            boolean prose = !endsInAmounts(line) && (!inGrid && (!tabular(line) || listParagraph(line))
                    && line.x1() - line.x0() > PROSE_WIDTH_SHARE * pageWidth
                    && !wrappedInnerCell(line, run) && !CentredHeadings.crowded(line)
                    || grid != null && grid.endedBy(line));
            boolean far = previous != null
                    && line.top() - previous.bottom() > MAX_LINE_GAP_EMS * Math.max(line.fontSize(), previous.fontSize());
            // a grid's headings under lines that do not line up with them (a title block's labels
            // and values) start a block of their own: the grid's columns are not the block's
            boolean newGrid = heading.isPresent() && !run.isEmpty() && !headsAbove(run.getLast(), heading.get());
            if (prose || far || newGrid) {
                runs.add(new AlignedRuns.Run(run, afterGap));
                run = new ArrayList<>();
                afterGap = !prose && !newGrid;
                grid = null;
            }
            if (!prose) {
                run.add(line);
                grid = heading.orElse(grid);
            }
            previous = line;
        }
        runs.add(new AlignedRuns.Run(run, afterGap));
        return runs;
    }

    /**
     * A long cell's wrapped line in an inner column (an agenda's subject with its description under
     * it: "2. | Declarations of Interest | " then "Members are reminded to declare …"): one wide run
     * that starts where a later run of a tabular line above starts and ends short of a column
     * further right in those lines (the page numbers). Prose under a table starts at the margin or
     * runs across the last column; this line stays in its column.
     */
    static boolean wrappedInnerCell(TextLine line, List<TextLine> run) {
        if (run.isEmpty() || tabular(line)) {
            return false;
        }
        float tolerance = TableTolerances.ALIGN_GLYPHS * TableTolerances.glyphHeight(List.of(line));
        boolean startsInner = false;
        boolean columnBeyond = false;
        for (TextLine above : run) {
            List<TextLine> parts = above.segments(SEGMENT_GAP_EMS);
            for (int i = 1; i < parts.size(); i++) {
                startsInner |= Math.abs(parts.get(i).x0() - line.x0()) <= tolerance;
                columnBeyond |= parts.get(i).x0() > line.x1() + tolerance;
            }
        }
        return startsInner && columnBeyond;
    }

    /**
     * A row of a narrow table set with small cell padding (a label and its amounts in a column of
     * a two-column page: "Charitable activities (380,000) (376,900)") comes through as one run as
     * wide as prose; running text does not end in two amounts side by side.
     */
    static boolean endsInAmounts(TextLine line) {
        List<Word> words = line.words();
        return words.size() >= 2 && Figures.amount(words.getLast().text())
                && Figures.amount(words.get(words.size() - 2).text());
    }

    /**
     * Whether the line above a grid's headings belongs with them: a line of bold headings over
     * them (group headings), or one whose runs start at their left edges.
     */
    private static boolean headsAbove(TextLine above, HeadingGrid grid) {
        return !tabular(above) || above.bold() || grid.linesUp(above);
    }

    private void split(List<TextLine> run, List<StreamBlock> out, int depth) {
        int first = 0;
        while (first < run.size() && !tabular(run.get(first))) {
            first++;
        }
        int last = run.size() - 1;
        while (last >= first && !tabular(run.get(last))) {
            last--;
        }
        if (last - first + 1 < MIN_LINES - 1 || depth > 20) {
            return;
        }
        List<TextLine> core = run.subList(first, last + 1);
        float fontSize = medianFontSize(core);
        StreamColumns columns = columnFinder.find(core, fontSize);
        if (columns.count() < 2) {
            return;
        }
        // one straddling line is a long cell running over; several mean a block of another shape
        List<Integer> straddling = new ArrayList<>();
        for (int i = 0; i < core.size(); i++) {
            if (tabular(core.get(i)) && straddles(core.get(i), columns)) {
                straddling.add(i);
            }
        }
        // a numbered paragraph just above or below the rows (number, gap, running text) lines up
        // with nothing: its words run on across several rivers, which no cell of the table does
        if (riversCrossed(core.getFirst(), columns) >= 2 && !crowdedHeadings(core, columns)
                && !CentredHeadings.over(core.getFirst(), columns)) {
            split(run.subList(first + 1, run.size()), out, depth + 1);
            return;
        }
        if (core.size() > 2 && title(core, columns)) {
            split(run.subList(first + 1, run.size()), out, depth + 1);
            return;
        }
        if (riversCrossed(core.getLast(), columns) >= 2) {
            split(run.subList(0, last), out, depth + 1);
            return;
        }
        if (straddling.size() >= 2) {
            int from = 0;
            for (int i : straddling) {
                split(core.subList(from, i), out, depth + 1);
                from = i + 1;
            }
            split(run.subList(first + from, run.size()), out, depth + 1);
            return;
        }
        List<TextLine> block = new ArrayList<>(core);
        // a title row across the table's top, spaced like the rows below it; only one, since a
        // stack of centred lines above a table is its caption, not part of it
        float usual = usualGap(core);
        // column headings stacked one per line over a single figures column ("2018" / "£" /
        // "Net" / "Expenditure") hold one run each, so the tabular lines start below them
        int headings = HeaderBand.stackedAbove(run, first, columns, TableTolerances.pitch(core),
                StreamRegionFinder::withinOneColumn);
        block.addAll(0, run.subList(first - headings, first));
        if (headings == 0 && first > 0) {
            TextLine line = run.get(first - 1);
            boolean close = block.getFirst().top() - line.bottom() <= usual + 0.3f * fontSize;
            boolean within = line.x0() >= columns.x0() - fontSize && line.x1() <= columns.x1() + fontSize;
            if (close && within && !caption(line, columns, fontSize) && !titleOverLabels(line, core, columns)) {
                block.addFirst(line);
            }
        }
        // wrapped last cells: narrow lines after the last tabular one that sit inside one column
        // (spaced like the rows: a line after a blank line is a heading of what follows)
        for (int i = last + 1; i < run.size() && withinOneColumn(run.get(i), columns)
                && run.get(i).top() - run.get(i - 1).bottom() <= usual + 0.3f * fontSize; i++) {
            block.add(run.get(i));
        }
        if (block.size() >= MIN_LINES) {
            // titles across the table would hide the rivers they cross: columns come from the rest
            List<TextLine> cells = block.stream().filter(l -> !RowAssembler.spanning(l, columns)).toList();
            StreamColumns found = columnFinder.find(cells, fontSize);
            Optional<HeadingGrid> grid = HeadingGrid.of(block.getFirst());
            out.add(new StreamBlock(block, grid.isPresent() ? grid.get().columns(found, cells) : found, fontSize));
        }
    }

    /**
     * One run of words flush with the table's left edge: the table's caption ("Table 2: key
     * indicators"), printed above the grid, not a title row across it (which is centred over the
     * columns it heads).
     */
    static boolean caption(TextLine line, StreamColumns columns, float fontSize) {
        boolean flushLeft = Math.abs(line.x0() - columns.x0()) <= StreamColumns.GRAZE_EMS * fontSize * 2;
        return flushLeft && columns.count() >= 3 && line.segments(SEGMENT_GAP_EMS).size() == 1;
    }

    /**
     * A bold first line of headings set flush right over right-aligned figures ("FTE  Vacancies",
     * "Turnover %  Sickness %"): its runs cross rivers only because the headings crowd together,
     * and each run ends where a column of the rows below ends (or starts where one starts, as the
     * labels' heading does). A numbered paragraph's running text ends wherever its words do.
     */
    static boolean crowdedHeadings(List<TextLine> core, StreamColumns columns) {
        TextLine line = core.getFirst();
        if (!line.bold()) {
            return false;
        }
        float[] left = new float[columns.count()];
        float[] right = new float[columns.count()];
        Arrays.fill(left, Float.NaN);
        Arrays.fill(right, Float.NaN);
        for (TextLine row : core.subList(1, core.size())) {
            for (Word w : row.words()) {
                int c = columns.columnOf(w);
                left[c] = Float.isNaN(left[c]) ? w.x0() : Math.min(left[c], w.x0());
                right[c] = Float.isNaN(right[c]) ? w.x1() : Math.max(right[c], w.x1());
            }
        }
        float tolerance = TableTolerances.ALIGN_GLYPHS * TableTolerances.glyphHeight(List.of(line));
        for (TextLine part : line.segments(SEGMENT_GAP_EMS)) {
            boolean flush = false;
            for (int c = 0; c < right.length; c++) {
                flush |= Math.abs(part.x1() - right[c]) <= tolerance || Math.abs(part.x0() - left[c]) <= tolerance;
            }
            if (!flush) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line centred over the whole table ("Annual Return 31 March 2018" over "2017 | 2018 | Note")
     * names it: its run reaches across from a column of words (the row labels) into the figures.
     * A group heading ("Year to date") stands over the figure columns it groups only.
     */
    static boolean titleOverLabels(TextLine line, List<TextLine> core, StreamColumns columns) {
        int[] words = new int[columns.count()];
        int[] figures = new int[columns.count()];
        for (TextLine row : core) {
            for (Word w : row.words()) {
                int c = columns.columnOf(w);
                words[c]++;
                figures[c] += Figures.figure(w.text()) ? 1 : 0;
            }
        }
        for (TextLine part : line.segments(SEGMENT_GAP_EMS)) {
            for (int i = 0; i < columns.rivers().size(); i++) {
                if (columns.runsAcross(part, i) && figures[i] * 2 < words[i]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A title of two runs over the table ("A   Income and Expenditure Account (Unaudited)", a note's
     * letter and its heading): the first line starts at the table's left edge, a run of it runs
     * across a column boundary (a cell stays in its column) or it opens with a note's letter left of
     * every row, and blank space sets it apart from the
     * lines below, which are spaced closer. It names the table; it is no row of it.
     */
    static boolean title(List<TextLine> core, StreamColumns columns) {
        TextLine line = core.getFirst();
        List<TextLine> rest = core.subList(1, core.size());
        float left = (float) rest.stream().mapToDouble(TextLine::x0).min().orElse(line.x0());
        float glyph = TableTolerances.glyphHeight(rest);
        float pitch = TableTolerances.pitch(rest);
        boolean flushLeft = line.x0() <= left + TableTolerances.ALIGN_GLYPHS * glyph;
        boolean apart = rest.getFirst().bottom() - line.bottom() > TableTolerances.TITLE_STEP_PITCHES * pitch;
        // a row of three or more headings is the grid's header, however its last two crowd together
        List<TextLine> runs = line.segments(SEGMENT_GAP_EMS);
        boolean twoRuns = runs.size() <= 2;
        // a note's letter set out in the margin left of every row ("E   Balance Sheet", "a)  Debtors")
        // marks a title whose heading may sit within the first column
        boolean lettered = runs.size() == 2 && NOTE_LETTER.matcher(runs.getFirst().text().strip()).matches()
                && runs.getFirst().x1() < left - TableTolerances.ALIGN_GLYPHS * glyph;
        return twoRuns && flushLeft && apart && (lettered || riversCrossed(line, columns) >= 1);
    }

    /** How many column boundaries one run of the line's words (no wide gap inside it) runs across. */
    static int riversCrossed(TextLine line, StreamColumns columns) {
        int crossed = 0;
        for (TextLine part : line.segments(SEGMENT_GAP_EMS)) {
            for (int i = 0; i < columns.rivers().size(); i++) {
                crossed += columns.runsAcross(part, i) ? 1 : 0;
            }
        }
        return crossed;
    }

    /**
     * A list item's line: a marker ("1.", "(a)", a bullet), a gap, then one run of text as wide as
     * prose. It ends a table like prose does: resolutions numbered under a grid are no rows of it.
     */
    static boolean listParagraph(TextLine line) {
        List<TextLine> parts = line.segments(SEGMENT_GAP_EMS);
        return parts.size() == 2 && StreamTableCheck.marker(parts.getFirst().text().strip());
    }

    static boolean tabular(TextLine line) {
        return line.segments(SEGMENT_GAP_EMS).size() >= 2;
    }

    private static boolean straddles(TextLine line, StreamColumns columns) {
        return line.words().stream().anyMatch(columns::straddles);
    }

    private static boolean withinOneColumn(TextLine line, StreamColumns columns) {
        int c = columns.columnOf(line.words().getFirst());
        for (Word w : line.words()) {
            if (columns.columnOf(w) != c || columns.straddles(w)) {
                return false;
            }
        }
        return true;
    }

    /** The median vertical gap between consecutive lines. */
    private static float usualGap(List<TextLine> lines) {
        float[] gaps = new float[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            gaps[i - 1] = lines.get(i).top() - lines.get(i - 1).bottom();
        }
        Arrays.sort(gaps);
        return gaps.length == 0 ? 0 : gaps[gaps.length / 2];
    }

    static float medianFontSize(List<TextLine> lines) {
        float[] sizes = new float[lines.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = lines.get(i).fontSize();
        }
        Arrays.sort(sizes);
        return sizes.length == 0 ? 10f : Math.max(1f, sizes[sizes.length / 2]);
    }
}
