package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boardpack.extract.actions.ActionColumnParser.Entry;

/**
 * The entries of a minutes table's task column where the owner has a column of its own beside it
 * ({@code No. | Discussion | Action | Lead | Deadline}, {@code Action agreed | By whom | By when}):
 * each cell of the task column is one action, its text the action's description whatever its
 * wording ({@code Circulate the variance analysis}), and the owner cell level with it
 * ({@link CellBeside}) its owner as printed. In a ruled table a cell ends at a row border, a row
 * centring its cells vertically printing its number level with a wrapped task's middle line;
 * without rules, at the top of the next row (an item number level with a line). A gap wider than
 * the text's leading, or a bullet or lettering of its own, starts another entry too: in a ruled
 * row, the row's other tasks, which share its owner and deadline cells. A cell that says there is
 * no action ({@code None}) is no entry.
 */
final class TaskColumn {

    /** An item number and the first line of its row may stand this far apart vertically (cell padding). */
    private static final float LEVEL = 3f;

    private final ActionVocabulary words;

    /** One task of the column: its entry, and the table row it stands in (tasks of one row share its cells). */
    record Task(Entry entry, int row) {
    }

    /** The lines of one task and its row. */
    private record Lines(List<Fragment> lines, int row) {
    }

    TaskColumn(ActionVocabulary words) {
        this.words = words;
    }

    /**
     * @param grid the table, its action column holding the tasks and an owner column beside it
     * @param step the widest step between two lines of one cell
     */
    List<Task> parse(MinutesGrid grid, float step) {
        List<Entry> entries = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (Lines cell : cells(grid, step)) {
            StringBuilder text = new StringBuilder();
            cell.lines().forEach(f -> WrappedText.append(text, f.text()));
            String task = text.toString().strip();
            if (task.chars().anyMatch(Character::isLetter) && !words.isNone(task)) {
                Fragment first = cell.lines().getFirst();
                entries.add(new Entry(first.page(), first.top(), cell.lines().getLast().bottom(), null, null, task, false));
                rows.add(cell.row());
            }
        }
        List<Optional<String>> owners = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            String owner = CellBeside.of(grid.column(MinutesGrid.Column.OWNER), entries, k, grid.linePitch())
                    .replaceAll("[.;,]+$", "").strip();
            owners.add(owner.isEmpty() ? Optional.empty() : Optional.of(owner));
        }
        owners = sharedInRow(owners, rows);
        List<Task> out = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            Entry e = entries.get(k);
            out.add(new Task(new Entry(e.page(), e.top(), e.bottom(), null, owners.get(k).orElse(null), e.text(), false),
                    rows.get(k)));
        }
        return out;
    }

    /** Each task's value, or where it has none beside it, the first found for another task of its row. */
    static <T> List<Optional<T>> sharedInRow(List<Optional<T>> values, List<Integer> rows) {
        List<Optional<T>> out = new ArrayList<>(values);
        for (int k = 0; k < out.size(); k++) {
            for (int j = 0; j < values.size() && out.get(k).isEmpty(); j++) {
                if (rows.get(j).equals(rows.get(k))) {
                    out.set(k, values.get(j));
                }
            }
        }
        return out;
    }

    private static List<Lines> cells(MinutesGrid grid, float step) {
        List<Fragment> numbers = grid.column(MinutesGrid.Column.NUMBER);
        List<Lines> out = new ArrayList<>();
        Fragment previous = null;
        int row = -1;
        for (Fragment f : grid.column(MinutesGrid.Column.ACTION)) {
            boolean rowTop = previous == null || previous.page() != f.page() || (grid.ruled()
                    ? grid.ruledBetween(previous, f)
                    : numbers.stream().anyMatch(n -> n.page() == f.page() && Math.abs(n.top() - f.top()) <= LEVEL
                            && MinutesItemNumber.leading(n.text()).isPresent()));
            boolean apart = previous != null && f.top() - previous.top() > step;
            // without rules a row is known only by its number: a task set apart is taken for a row of its own
            if (rowTop || apart && !grid.ruled()) {
                row++;
            }
            if (rowTop || apart || ListMarks.opensEntry(f.text())) {
                out.add(new Lines(new ArrayList<>(), row));
            }
            out.getLast().lines().add(f);
            previous = f;
        }
        return out;
    }
}
