package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.extract.actions.ActionColumnParser.Entry;

/**
 * The entries of a minutes table's task column where the owner has a column of its own beside it
 * ({@code No. | Discussion | Action | Lead | Deadline}, {@code Action agreed | By whom | By when}):
 * each cell of the task column is one action, its text the action's description whatever its
 * wording ({@code Circulate the variance analysis}), and the owner cell level with it
 * ({@link CellBeside}) its owner as printed. In a ruled table a cell ends at a row border, a row
 * centring its cells vertically printing its number level with a wrapped task's middle line;
 * without rules, at the top of the next row (an item number level with a line). A gap wider than
 * the text's leading, or a bullet or lettering of its own, starts another entry too; a cell that
 * says there is no action ({@code None}) is no entry.
 */
final class TaskColumn {

    /** An item number and the first line of its row may stand this far apart vertically (cell padding). */
    private static final float LEVEL = 3f;

    private final ActionVocabulary words;

    TaskColumn(ActionVocabulary words) {
        this.words = words;
    }

    /**
     * @param grid the table, its action column holding the tasks and an owner column beside it
     * @param step the widest step between two lines of one cell
     */
    List<Entry> parse(MinutesGrid grid, float step) {
        List<Fragment> owners = grid.column(MinutesGrid.Column.OWNER);
        float pitch = grid.linePitch();
        List<Entry> cells = new ArrayList<>();
        for (List<Fragment> cell : cells(grid, step)) {
            StringBuilder text = new StringBuilder();
            cell.forEach(f -> WrappedText.append(text, f.text()));
            String task = text.toString().strip();
            if (task.chars().anyMatch(Character::isLetter) && !words.isNone(task)) {
                cells.add(new Entry(cell.getFirst().page(), cell.getFirst().top(), cell.getLast().bottom(), null, null,
                        task, false));
            }
        }
        List<Entry> out = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            Entry e = cells.get(k);
            String owner = CellBeside.of(owners, cells, k, pitch).replaceAll("[.;,]+$", "").strip();
            out.add(new Entry(e.page(), e.top(), e.bottom(), null, owner.isEmpty() ? null : owner, e.text(), false));
        }
        return out;
    }

    private static List<List<Fragment>> cells(MinutesGrid grid, float step) {
        List<Fragment> numbers = grid.column(MinutesGrid.Column.NUMBER);
        List<List<Fragment>> out = new ArrayList<>();
        Fragment previous = null;
        for (Fragment f : grid.column(MinutesGrid.Column.ACTION)) {
            boolean rowTop = previous != null && (grid.ruled() ? grid.ruledBetween(previous, f)
                    : numbers.stream().anyMatch(n -> n.page() == f.page() && Math.abs(n.top() - f.top()) <= LEVEL
                            && MinutesItemNumber.leading(n.text()).isPresent()));
            if (previous == null || previous.page() != f.page() || f.top() - previous.top() > step || rowTop
                    || ListMarks.opensEntry(f.text())) {
                out.add(new ArrayList<>());
            }
            out.getLast().add(f);
            previous = f;
        }
        return out;
    }
}
