package org.boardpack.app.register;

import java.util.List;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.actions.ActionUpdate;

/**
 * The action as one paper showed it: the meeting whose papers carry it and that meeting's date,
 * whether it is the minutes or the action log, where to open it ({@code path}, 1-based
 * {@code page}), and the row's own values.
 */
public record HistoryEntry(String meeting, String date, ActionSource source, String path, int page, String ref,
                           String description, String owner, String ownerName, ActionStatus status,
                           String statusText, String due, List<ActionUpdate> updates) {

    public HistoryEntry {
        updates = updates == null ? List.of() : List.copyOf(updates);
    }
}
