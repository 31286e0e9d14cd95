package org.boardpack.extract.actions;

import java.util.List;

/** An action from the minutes' action column or a row of an action log. */
public record Action(ActionSource source, String meeting, String ref, String item, String description,
                     String owner, String ownerName, String raised, String due, ActionStatus status,
                     String statusText, List<ActionUpdate> updates, int page) {

    /** The same action with its owner resolved to a person (or {@code null} when it does not resolve). */
    public Action withOwnerName(String name) {
        return new Action(source, meeting, ref, item, description, owner, name, raised, due, status, statusText,
                updates, page);
    }
}
