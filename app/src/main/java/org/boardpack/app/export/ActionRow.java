package org.boardpack.app.export;

import java.util.List;
import org.boardpack.app.query.RecordContext;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.actions.ActionUpdate;

/**
 * An action row as one pack printed it ({@code export actions --snapshots}, {@code people},
 * {@code show}): the context columns, then the {@code boardpack/1} action's fields but its meeting
 * and page, which the context gives, then the meeting's id as the pack printed it.
 */
public record ActionRow(String meeting, String body, String date, String path, Integer page,
                        ActionSource source, String ref, String item, String description, String owner,
                        String ownerName, String raised, String due, String dueText, ActionStatus status,
                        String statusText, List<ActionUpdate> updates, String packMeeting) {

    public static ActionRow of(RecordContext c, Action a) {
        return new ActionRow(c.meeting(), c.body(), c.date(), c.path(), c.page(), a.source(), a.ref(), a.item(),
                a.description(), a.owner(), a.ownerName(), a.raised(), a.due(), a.dueText(), a.status(),
                a.statusText(), a.updates(), c.packMeeting());
    }
}
