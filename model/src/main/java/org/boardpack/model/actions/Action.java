package org.boardpack.model.actions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An action from the minutes' action column or lines, or a row of an action log.
 *
 * @param dueText the deadline as printed where one is ({@code asap}, {@code Next meeting},
 *                {@code March 30}): an addition to {@code boardpack/1}, left out when null, since
 *                {@code due} holds only a date or month
 */
public record Action(ActionSource source, String meeting, String ref, String item, String description,
                     String owner, String ownerName, String raised, String due, ActionStatus status,
                     String statusText, List<ActionUpdate> updates, int page,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String dueText) {

    /** An action whose deadline, if any, is a date (or none is printed). */
    public Action(ActionSource source, String meeting, String ref, String item, String description,
                  String owner, String ownerName, String raised, String due, ActionStatus status,
                  String statusText, List<ActionUpdate> updates, int page) {
        this(source, meeting, ref, item, description, owner, ownerName, raised, due, status, statusText, updates,
                page, null);
    }

    /** The same action with its owner resolved to a person (or {@code null} when it does not resolve). */
    public Action withOwnerName(String name) {
        return new Action(source, meeting, ref, item, description, owner, name, raised, due, status, statusText,
                updates, page, dueText);
    }
}
