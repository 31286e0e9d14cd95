package org.boardpack.extract.actions;

import java.util.List;

/**
 * Minutes set as a table under a header a log could print ({@code Item | Minute | Action required
 * | Responsible | Target date}): the column headed as what was minuted ({@code Minute},
 * {@code Item}, {@code Subject}) is the table's main column, holding more text than the action
 * column beside it; a log's item column holds a title or a reference beside longer actions. Such
 * a table is read as minutes ({@link MinutesHeader}), not again as a log: one table, one reading.
 */
final class MinutesShape {

    private MinutesShape() {
    }

    /**
     * Whether a ruled table read under a log's header is minutes: a column headed as a minutes
     * discussion column ({@code Minute}, {@code Item}) holds more text over the rows than its action column.
     *
     * @param header the header's cells
     * @param rows   the rows under it
     */
    static boolean of(LogHeader header, List<String> headerCells, List<List<String>> rows) {
        Integer action = header.columns().get(LogHeader.Role.DESCRIPTION);
        if (action == null) {
            return false;
        }
        int actionText = length(rows, action);
        for (int c = 0; c < headerCells.size(); c++) {
            String heading = headerCells.get(c) == null ? "" : headerCells.get(c).replaceAll("\\s+", " ").strip();
            if (c != action && ActionVocabulary.standard().isDiscussionHeading(heading) && length(rows, c) > actionText) {
                return true;
            }
        }
        return false;
    }

    /** Whether a header row's discussion column is wider than its task column: the minutes' main column. */
    static boolean wider(float discussionWidth, float taskWidth) {
        return discussionWidth > taskWidth;
    }

    private static int length(List<List<String>> rows, int column) {
        return rows.stream().mapToInt(r -> column < r.size() && r.get(column) != null ? r.get(column).strip().length() : 0)
                .sum();
    }
}
