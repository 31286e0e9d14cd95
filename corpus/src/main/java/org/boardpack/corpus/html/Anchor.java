package org.boardpack.corpus.html;

/**
 * Text that marks where an answer sits: the page on which {@code text} first occurs (searching
 * forward from the previous anchor) is the answer's page. {@code index} is the position of the
 * answer in its list of the {@link org.boardpack.model.PackRecord}; anchors are listed in the
 * order their text is printed.
 */
public record Anchor(Target target, int index, String text) {

    /**
     * Which list of the answers the anchor belongs to. A table has two: its first row
     * ({@code TABLE}) and the end of its last ({@code TABLE_END}), for its first and last page.
     */
    public enum Target { DOCUMENT, AGENDA_ITEM, ATTENDANCE, DECISION, ACTION, TABLE, TABLE_END }

    /** Whether the anchor is one of a table's, which are searched in a chain of their own. */
    public boolean ofTable() {
        return target == Target.TABLE || target == Target.TABLE_END;
    }

    public String label() {
        return target.name().toLowerCase(java.util.Locale.ROOT) + " #" + index + " \"" + text + "\"";
    }
}
