package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;

/**
 * The cell printed beside an entry of a minutes table's action column, in a narrow column after it
 * (a deadline's, {@code By when}; an owner's, {@code Lead}): the column's lines nearer the entry
 * than any other entry, level with it or at the top of its row, perhaps wrapped over a line or two.
 */
final class CellBeside {

    /** A cell beside an entry is a few lines at most, however far the next entry stands. */
    private static final int MAX_LINES = 3;
    /** Lines of one cell follow at the line pitch; the next row's stand further down. */
    private static final float STEP = 1.25f;

    private CellBeside() {
    }

    /**
     * The cell's text, wrapped lines joined, or an empty string where none stands beside the entry.
     *
     * @param column  the column's parts, in reading order
     * @param entries the action column's entries, in reading order
     * @param pitch   the table's line pitch
     */
    static String of(List<Fragment> column, List<ActionColumnParser.Entry> entries, int index, float pitch) {
        ActionColumnParser.Entry entry = entries.get(index);
        StringBuilder text = new StringBuilder();
        for (List<Fragment> cell : cells(column, entries, pitch)) {
            // a cell belongs to the entry nearest its first line: level with it, or in its row
            // above it where the entry starts under the row's title
            Fragment f = cell.getFirst();
            if (f.page() == entry.page() && distance(f, entry) <= MAX_LINES * pitch
                    && entries.stream().filter(e -> e.page() == f.page())
                            .noneMatch(e -> e != entry && distance(f, e) < distance(f, entry))) {
                cell.forEach(line -> WrappedText.append(text, line.text()));
            }
        }
        return text.toString().strip();
    }

    /**
     * The column's lines grouped into cells: a cell wrapped in a narrow column ({@code 22} /
     * {@code March} / {@code 2024}) runs on at the line pitch, downwards from its row's top, so its
     * last line may stand nearer the next row's entry than its own; a wider step, a new page or a
     * line level with an entry starts the next cell.
     */
    private static List<List<Fragment>> cells(List<Fragment> column, List<ActionColumnParser.Entry> entries,
                                              float pitch) {
        List<List<Fragment>> out = new ArrayList<>();
        Fragment previous = null;
        for (Fragment f : column) {
            boolean level = entries.stream().anyMatch(e -> e.page() == f.page() && distance(f, e) == 0f);
            if (previous == null || previous.page() != f.page() || f.top() - previous.top() > STEP * pitch || level) {
                out.add(new ArrayList<>());
            }
            out.getLast().add(f);
            previous = f;
        }
        return out;
    }

    /** How far a line stands above or below an entry's lines; none within them. */
    private static float distance(Fragment f, ActionColumnParser.Entry e) {
        return f.top() < e.top() - 1 ? e.top() - f.top() : f.top() > e.bottom() + 1 ? f.top() - e.bottom() : 0f;
    }
}
