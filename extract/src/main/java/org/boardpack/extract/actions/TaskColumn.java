package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.extract.actions.ActionColumnParser.Entry;

/**
 * The entries of a minutes table's task column where the owner has a column of its own beside it
 * ({@code No. | Discussion | Action | Lead | Deadline}, {@code Action agreed | By whom | By when}):
 * each cell of the task column is one action, its text the action's description whatever its
 * wording ({@code Circulate the variance analysis}), and the owner cell level with it
 * ({@link CellBeside}) its owner as printed. A cell starts at the top of a row (an item number
 * level with it), after a gap wider than the text's leading, or at a bullet or lettering of its
 * own; a cell that says there is no action ({@code None}) is no entry.
 */
final class TaskColumn {

    /** An item number and the first line of its row may stand this far apart vertically (cell padding). */
    private static final float LEVEL = 3f;

    private final ActionVocabulary words;

    TaskColumn(ActionVocabulary words) {
        this.words = words;
    }

    /**
     * @param tasks   the task column's parts, in reading order
     * @param owners  the owner column's parts, in reading order
     * @param numbers the number column's parts: a number level with a line starts a row
     * @param step    the widest step between two lines of one cell
     * @param pitch   the table's line pitch
     */
    List<Entry> parse(List<Fragment> tasks, List<Fragment> owners, List<Fragment> numbers, float step, float pitch) {
        List<Entry> cells = new ArrayList<>();
        for (List<Fragment> cell : cells(tasks, numbers, step)) {
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

    private static List<List<Fragment>> cells(List<Fragment> tasks, List<Fragment> numbers, float step) {
        List<List<Fragment>> out = new ArrayList<>();
        Fragment previous = null;
        for (Fragment f : tasks) {
            boolean rowTop = numbers.stream().anyMatch(n -> n.page() == f.page() && Math.abs(n.top() - f.top()) <= LEVEL
                    && MinutesItemNumber.leading(n.text()).isPresent());
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
