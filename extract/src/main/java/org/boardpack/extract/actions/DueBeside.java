package org.boardpack.extract.actions;

import java.util.List;
import java.util.Optional;

/**
 * The deadline printed beside an action in the minutes' deadline column ({@code No. | Minute |
 * Action | By when}), read by {@link CellBeside}. A date or month is the action's {@code due};
 * the cell is kept as printed in {@code due_text} ({@code Next meeting} has no date).
 */
final class DueBeside {

    /** What the column reads: the due date (ISO, or null) and the cell as printed. */
    record Found(String due, String text) {
    }

    private final ActionDates dates = new ActionDates();

    /**
     * @param column  the deadline column's parts, in reading order
     * @param entries the action column's entries, in reading order
     * @param pitch   the table's line pitch
     */
    Optional<Found> of(List<Fragment> column, List<ActionColumnParser.Entry> entries, int index, float pitch,
                       String meetingDate) {
        String cell = CellBeside.of(column, entries, index, pitch);
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Found(dates.deadline(cell, meetingDate).map(ActionDates.Token::iso).orElse(null), cell));
    }
}
