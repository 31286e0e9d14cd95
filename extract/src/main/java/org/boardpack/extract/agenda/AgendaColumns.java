package org.boardpack.extract.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.boardpack.extract.layout.Cell;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.ingest.Word;

/**
 * What each column of an agenda holds, from its header row ({@code Item | Lead | Timings},
 * {@code Item | Subject | Page Nos.}, {@code No. | Title | Presenter | Time}). A column is known by
 * its header's words and its horizontal extent; a row's cells take the role of the header column
 * they overlap most. Without a header the first cell is the item and the others are told apart by
 * their content: a clock time, a page range, else the lead. A cell that starts between two headers'
 * words is the column's on its right (headers centred over their columns). A column of what the meeting is asked
 * to do ({@code Purpose}: Note, Approve, Assurance) is no part of the title.
 */
final class AgendaColumns {

    enum Role { ITEM, LEAD, TIME, PAGE, OTHER }

    private static final Pattern LEAD = Pattern.compile("(?i)\\b(lead|leads|presenter|presented|presenting|owner|responsible|speaker|sponsor|officer|by whom)\\b");
    private static final Pattern TIME = Pattern.compile("(?i)\\b(time|times|timing|timings)\\b");
    private static final Pattern PAGE = Pattern.compile("(?i)\\b(page|pages|paper|papers|ref|reference|enclosure)\\b");
    /** A column the meeting's purpose or a status fills ({@code Purpose}: Note, Approve): no part of the title. */
    private static final Pattern OTHER = Pattern.compile(
            "(?i)^(?:" + Lexicon.alternation("agenda-other-columns") + ")$");
    private static final Pattern ITEM = Pattern.compile("(?i)^(agenda\\s+)?(item|items|no\\.?|number|subject|title|business|topic)\\b");
    /** The second line of a wrapped header ({@code Page} / {@code Nos.}). */
    private static final Pattern HEADER_TAIL = Pattern.compile("(?i)^(no\\.?|nos\\.?|number|numbers|ref\\.?|\\(mins?\\)|\\(minutes\\))$");
    private static final Pattern PAGE_REF = Pattern.compile("^(?:p(?:p|ages?)?\\.?\\s*)?\\d{1,4}(?:\\s*[-–]\\s*\\d{1,4})?$");
    private static final Pattern CLOCK = Pattern.compile("(?i)^\\d{1,2}(?:[.:]\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?|hrs)?(?:\\s*[-–]\\s*\\d{1,2}(?:[.:]\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?|hrs)?)?$");

    /** A column's extent, its role, and where its header's words stand ({@code textLeft}, {@code textRight}). */
    private record Column(float left, float right, Role role, float textLeft, float textRight) {
    }

    /** Wider than a word space: half an em of the type. */
    private static final float WORD_SPACE_EMS = 0.5f;

    private final List<Column> columns;

    private AgendaColumns(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Columns by content alone, for agendas without a header row. */
    static AgendaColumns unknown() {
        return new AgendaColumns(List.of());
    }

    boolean known() {
        return !columns.isEmpty();
    }

    /** The header row's columns, if these cells are one: an item column and at least one other. */
    static Optional<AgendaColumns> header(List<Cell> cells, float pageWidth) {
        List<Cell> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        if (filled.size() < 2 || !ITEM.matcher(filled.getFirst().text()).find()) {
            return Optional.empty();
        }
        List<Column> out = new ArrayList<>();
        boolean other = false;
        for (int i = 0; i < filled.size(); i++) {
            Cell c = filled.get(i);
            String text = c.text();
            if (text.split("\\s+").length > 4) {
                return Optional.empty();
            }
            Role role = LEAD.matcher(text).find() ? Role.LEAD : TIME.matcher(text).find() ? Role.TIME
                    : PAGE.matcher(text).find() ? Role.PAGE : i > 0 && OTHER.matcher(text.strip()).matches() ? Role.OTHER : Role.ITEM;
            other |= role != Role.ITEM;
            // a column reaches from its header's left edge to the next header's
            float left = i == 0 ? 0 : Math.min(c.left(), c.words().getFirst().x0() - 2);
            float right = i + 1 < filled.size() ? filled.get(i + 1).words().getFirst().x0() - 2 : pageWidth;
            out.add(new Column(left, right, role, c.words().getFirst().x0(), c.words().getLast().x1()));
        }
        if (!other && filled.size() < 3) {
            return Optional.empty();
        }
        return Optional.of(new AgendaColumns(out));
    }

    static boolean isHeaderTail(List<Cell> cells) {
        return cells.stream().filter(c -> !c.isEmpty()).allMatch(c -> HEADER_TAIL.matcher(c.text()).matches())
                && cells.stream().anyMatch(c -> !c.isEmpty());
    }

    /**
     * The column of a cell that starts between two headers' words: the one on its right. A header
     * centred over its column (a Word or LibreOffice table's heading style) starts right of the
     * column's left-aligned cells, and a cell centred under its header but wider than it starts left
     * of it; under left-aligned headers, cells start under their header's words.
     */
    private Column between(float x0) {
        for (int i = 1; i < columns.size(); i++) {
            if (columns.get(i - 1).textRight() < x0 && x0 < columns.get(i).textLeft()) {
                return columns.get(i);
            }
        }
        return null;
    }

    /**
     * A cell cut where it runs across into the next column: two cells set closer than the
     * splitter's column gap ({@code Assurance  Chief Executive}) are parted between two words
     * further apart than a word space (half an em) where the word after the gap stands in another
     * header column than the run of words before it starts in.
     */
    List<Cell> split(Cell cell) {
        if (!known() || cell.words().size() < 2) {
            return List.of(cell);
        }
        List<Cell> out = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        for (Word w : cell.words()) {
            if (!run.isEmpty()) {
                Word last = run.getLast();
                if (w.x0() - last.x1() > WORD_SPACE_EMS * last.fontSize() && columnAt(w.x0()) != columnAt(run.getFirst().x0())) {
                    out.add(new Cell(run.getFirst().x0(), last.x1(), run));
                    run = new ArrayList<>();
                }
            }
            run.add(w);
        }
        out.add(new Cell(run.getFirst().x0(), run.getLast().x1(), run));
        return out.size() == 1 ? List.of(cell) : out;
    }

    /** The header column a word starting at {@code x0} stands in. */
    private Column columnAt(float x0) {
        Column between = between(x0);
        if (between != null) {
            return between;
        }
        for (Column c : columns) {
            if (x0 >= c.left() && x0 < c.right()) {
                return c;
            }
        }
        return null;
    }

    /** The role of a row's cell: by the header column it overlaps most, else by its content. */
    Role roleOf(Cell cell, boolean first) {
        if (known()) {
            float x0 = cell.words().getFirst().x0();
            float x1 = cell.words().getLast().x1();
            Column between = between(x0);
            if (between != null) {
                return between.role();
            }
            Column best = null;
            float bestOverlap = 0;
            for (Column c : columns) {
                float overlap = Math.min(x1, c.right()) - Math.max(x0, c.left());
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = c;
                }
            }
            if (best != null) {
                return best.role();
            }
        }
        if (first) {
            return Role.ITEM;
        }
        String text = cell.text();
        if (CLOCK.matcher(text).matches() && text.matches(".*[:.a-zA-Z].*")) {
            return Role.TIME;
        }
        if (PAGE_REF.matcher(text).matches()) {
            return Role.PAGE;
        }
        return Role.LEAD;
    }
}
