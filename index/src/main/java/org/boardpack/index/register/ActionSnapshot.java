package org.boardpack.index.register;

import java.time.LocalDate;
import org.boardpack.model.actions.Action;

/**
 * One sighting of an action: the row as one paper printed it ({@code action}, whose own
 * {@code meeting} is the meeting that raised it), with the meeting whose papers carry the row
 * ({@code meeting}, {@code body}, {@code date}: for an action log the meeting the pack is for, for
 * minutes the meeting they record) and the file it was read from. {@code date} is null when the
 * paper's meeting is not known.
 */
public record ActionSnapshot(Action action, String meeting, String body, LocalDate date, String path) {

    public ActionSnapshot {
        if (action == null) {
            throw new IllegalArgumentException("a snapshot needs its action row");
        }
    }

    /**
     * The body the action belongs to, as the slug of a meeting id ({@code blmk-partnership-board}):
     * the paper's meeting, else the raising meeting; empty when neither is known.
     */
    public String bodyKey() {
        String id = meeting != null ? meeting : action.meeting();
        if (id == null) {
            return "";
        }
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }
}
