package org.boardpack.app.register;

import java.util.List;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.actions.ActionUpdate;

/**
 * One action followed across the papers of its body: what it is now (the latest wording, owner,
 * deadline and status), where it came from ({@code raised} on, by the meeting {@code raisedBy}),
 * when it was first shown closed, and its whole {@code history}, one entry per paper that listed
 * it. Written as JSON with snake_case names, like the {@code boardpack/1} records; dates are
 * ISO-8601 strings ({@code due} may be a month, {@code 2020-11}); unknown values are null.
 *
 * @param id            stable: the body's slug and the reference ({@code blmk-partnership-board/31}),
 *                      {@code ~raised date} added when the reference was used before for another
 *                      action, or {@code #} and a hash of the first wording when it has no reference
 * @param overdue       the deadline passed before the as-of date and the action is not closed
 * @param updates       every dated update from every paper, once each, in date order
 */
public record LinkedAction(String id, String body, String bodyKey, String ref, String item, String description,
                           String owner, String ownerName, String raised, String raisedBy, String due,
                           ActionStatus status, String statusText, String closed, boolean overdue,
                           List<ActionUpdate> updates, List<StatusChange> statusChanges,
                           List<HistoryEntry> history) {

    public LinkedAction {
        updates = List.copyOf(updates);
        statusChanges = List.copyOf(statusChanges);
        history = List.copyOf(history);
    }

    /** The latest update, or null when there is none. */
    public ActionUpdate lastUpdate() {
        return updates.isEmpty() ? null : updates.get(updates.size() - 1);
    }
}
